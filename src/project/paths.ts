// Paths as MindSpeed-MM resolves them (relative to the root its scripts run from, absolute as
// given) and as diagnostics show them (relative to the root, POSIX separators).
import { isAbsolute, relative, resolve, sep } from "node:path";

export function resolveFromRoot(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

/** path.relative resolves both paths (a cwd lookup and a normalisation each); a check asks this
 *  for every file it selects. A normalised path under a normalised root is the rest of its text. */
export function relativePosix(root: string, path: string): string {
  if (path.length > root.length + 1 && path.startsWith(root) && path[root.length] === sep && isNormalRoot(root)) {
    const rest = path.slice(root.length + 1);
    if (isPlainRest(rest)) return sep === "/" ? rest : rest.split(sep).join("/");
  }
  return relative(root, path).split(sep).join("/");
}

let lastRoot: string | undefined;
let lastRootNormal = false;

function isNormalRoot(root: string): boolean {
  if (root !== lastRoot) {
    lastRoot = root;
    lastRootNormal = root === resolve(root) && !root.endsWith(sep);
  }
  return lastRootNormal;
}

/** No empty, `.` or `..` segment and no trailing separator: nothing path.relative would rewrite. */
function isPlainRest(rest: string): boolean {
  let start = 0;
  while (start <= rest.length) {
    let end = rest.indexOf(sep, start);
    if (end === -1) end = rest.length;
    const length = end - start;
    if (length === 0) return false;
    if (
      rest.charCodeAt(start) === 46 /* . */ &&
      (length === 1 || (length === 2 && rest.charCodeAt(start + 1) === 46))
    ) {
      return false;
    }
    start = end + 1;
  }
  return true;
}
