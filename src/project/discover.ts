// Turns the paths a user gave (files, directories, globs) into the files they select. Selection
// only picks files: the root comes from find-root.ts whatever the form of the paths. fast-glob is
// loaded only when a directory or glob needs it; what they expand to leaves out what git ignores
// (gitignore.ts), while a file named explicitly is always selected.
import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { compareText } from "../compare-text.js";
import { UsageError } from "../errors.js";
import { gitignored } from "./gitignore.js";

export interface Target {
  path: string;
  /** Named by the user rather than found by walking a folder. */
  explicit: boolean;
}

const IGNORE = ["**/node_modules/**", "**/.git/**"];
const CONFIG_GLOB = "**/*.{json,sh}";
/** Folder levels a walk descends at most (a symlink loop would otherwise nest until ELOOP). */
const MAX_DEPTH = 40;

// Synchronous file-system calls: a check reads a few folders, and loading fs.promises alone cost
// every check milliseconds of start-up.
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // EACCES on a parent, ELOOP, …: not there as far as selection goes
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export async function selectFiles(paths: string[], cwd: string): Promise<Target[]> {
  const found = new Map<string, Target>();
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    const info = statOrUndefined(absolute);
    if (info?.isFile()) {
      found.set(absolute, { path: absolute, explicit: true });
    } else if (info?.isDirectory()) {
      const ignored = await gitignored(absolute);
      for (const path of await glob([CONFIG_GLOB], absolute))
        if (!found.has(path) && !ignored(path)) found.set(path, { path, explicit: false });
    } else if (/[*?[\]{}]/.test(given)) {
      const matches = await glob([given], cwd);
      if (matches.length === 0) throw new UsageError(`No files match the pattern "${given}".`);
      const ignored = await gitignored(staticBase(given, cwd));
      for (const path of matches) if (!found.has(path) && !ignored(path)) found.set(path, { path, explicit: false });
    } else if (info) {
      // Named, but a FIFO, device or socket: selected, so the check reports it unread (file-read).
      found.set(absolute, { path: absolute, explicit: true });
    } else {
      throw new UsageError(`No such file or directory: ${given}`);
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.path, b.path));
}

/** The folder a glob starts from: its leading segments without glob characters. */
function staticBase(pattern: string, cwd: string): string {
  const segments = pattern.split("/");
  const at = segments.findIndex((s) => /[*?[\]{}]/.test(s));
  return resolve(cwd, segments.slice(0, at).join("/") || ".");
}

/**
 * Every launch script under the root, for the runs that name selected files. A plain walk
 * (skipping node_modules, .git and hidden folders) rather than fast-glob, which a check of named
 * files does not load. Level by level, in path order: a folder reached by several paths (a
 * symlink) is walked once, by its shallowest path, the first in order at that depth, whatever
 * order the file system answers in.
 */
export async function findScripts(root: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>(); // real paths of walked folders: a symlink loop is walked once
  for (let level = [root]; level.length > 0; ) {
    const fresh = level.filter((dir) => {
      const real = realpathOr(dir);
      if (visited.has(real)) return false;
      visited.add(real);
      return true;
    });
    const next: string[] = [];
    for (const dir of fresh) {
      for (const e of entriesOf(dir)) {
        const path = join(dir, e.name);
        // A symlink is followed to what it names (stat, not lstat), as when the path is named directly.
        const info = e.isSymbolicLink() ? statOrUndefined(path) : e;
        if (info?.isDirectory() && e.name !== "node_modules" && !e.name.startsWith(".")) next.push(path);
        else if (info?.isFile() && e.name.endsWith(".sh")) found.push(path);
      }
    }
    level = next.sort();
  }
  return found.sort();
}

/**
 * Files matching the patterns. Symlinks are followed (a linked config is checked like a named one);
 * a symlink loop ends at `deep` levels, and a file reached by several paths is selected once.
 */
async function glob(patterns: string[], cwd: string): Promise<string[]> {
  const { default: fg } = await import("fast-glob");
  const paths = await fg(patterns, {
    cwd,
    absolute: true,
    ignore: IGNORE,
    // Not only regular files: a FIFO or a link to a device named like a config is selected, to be
    // reported unread (file-read) rather than skipped in silence; folders are left out below.
    onlyFiles: false,
    followSymbolicLinks: true,
    deep: MAX_DEPTH,
    suppressErrors: true,
  });
  const seen = new Set<string>();
  const unique: string[] = [];
  // Shallowest first, so a file reached both directly and through a symlink loop keeps its short path.
  const byDepth = (a: string, b: string) => a.split("/").length - b.split("/").length || compareText(a, b);
  for (const path of paths.sort(byDepth)) {
    if (statOrUndefined(path)?.isDirectory() !== false) continue;
    const real = realpathOr(path);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(path);
  }
  return unique;
}
