// Turns the paths a user gave (files, directories, globs) into the files they select. Selection
// only picks files: the root comes from find-root.ts whatever the form of the paths. fast-glob is
// loaded only when a directory or glob needs it.
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

export interface Target {
  path: string;
  /** Named by the user rather than found by walking a folder. */
  explicit: boolean;
}

const IGNORE = ["**/node_modules/**", "**/.git/**"];
const CONFIG_GLOB = "**/*.{json,sh}";

export async function selectFiles(paths: string[], cwd: string): Promise<Target[]> {
  const found = new Map<string, Target>();
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.set(absolute, { path: absolute, explicit: true });
    } else if (info?.isDirectory()) {
      for (const path of await glob([CONFIG_GLOB], absolute))
        if (!found.has(path)) found.set(path, { path, explicit: false });
    } else if (/[*?[\]{}]/.test(given)) {
      const matches = await glob([given], cwd);
      if (matches.length === 0) throw new UsageError(`No files match the pattern "${given}".`);
      for (const path of matches) if (!found.has(path)) found.set(path, { path, explicit: false });
    } else {
      throw new UsageError(`No such file or directory: ${given}`);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Every launch script under the root, for the runs that name selected files. A plain walk
 * (skipping node_modules, .git and hidden folders) rather than fast-glob, which a check of named
 * files does not load.
 */
export async function findScripts(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      entries.map(async (e) => {
        if (e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith(".")) await walk(join(dir, e.name));
        else if (e.isFile() && e.name.endsWith(".sh")) found.push(join(dir, e.name));
      }),
    );
  };
  await walk(root);
  return found.sort();
}

async function glob(patterns: string[], cwd: string): Promise<string[]> {
  const { default: fg } = await import("fast-glob");
  return fg(patterns, {
    cwd,
    absolute: true,
    ignore: IGNORE,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
  });
}
