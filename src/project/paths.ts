// Paths as MindSpeed-MM resolves them (relative to the root its scripts run from, absolute as
// given) and as diagnostics show them (relative to the root, POSIX separators).
import { isAbsolute, relative, resolve, sep } from "node:path";

export function resolveFromRoot(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

export function relativePosix(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
