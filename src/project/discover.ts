// Turns the paths a user gave (files, directories, globs) into the files they select. Selection
// only picks files: the root comes from find-root.ts whatever the form of the paths. A folder is
// walked here (walk-folders.ts); fast-glob is loaded only for a glob. What they expand to leaves
// out what git ignores (gitignore.ts), while a file named explicitly is always selected.
import { isAbsolute, resolve } from "node:path";
import { compareText } from "../compare-text.js";
import { UsageError } from "../errors.js";
import { gitignored } from "./gitignore.js";
import { type FolderWalk, MAX_DEPTH, realpathOr, statOrUndefined, walkFolders } from "./walk-folders.js";

export interface Target {
  path: string;
  /** Named by the user rather than found by walking a folder. */
  explicit: boolean;
}

const IGNORE = ["**/node_modules/**", "**/.git/**"];
/** Folders a walk for configs or scripts leaves out: dependencies and hidden folders. */
const enterVisible = (name: string) => name !== "node_modules" && !name.startsWith(".");
/** What a folder selects: every `.json` or `.sh` entry that is not a folder, hidden ones left out. */
const CONFIGS: FolderWalk = {
  enter: enterVisible,
  take: (name) => !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".sh")),
  once: true,
};
const SCRIPTS: FolderWalk = { enter: enterVisible, take: (name, e) => e.isFile() && name.endsWith(".sh"), once: true };

export async function selectFiles(paths: string[], cwd: string): Promise<Target[]> {
  const found = new Map<string, Target>();
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    const info = statOrUndefined(absolute);
    if (info?.isFile()) {
      found.set(absolute, { path: absolute, explicit: true });
    } else if (info?.isDirectory()) {
      const ignored = await gitignored(absolute);
      for (const path of uniqueFiles(walkFolders(absolute, CONFIGS)))
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
 * Every launch script under the root, for the runs that name selected files: outside node_modules
 * and hidden folders, through symlinks, each real folder once, by its shallowest path, the first in
 * order at that depth, whatever order the file system answers in.
 */
export async function findScripts(root: string): Promise<string[]> {
  return walkFolders(root, SCRIPTS).sort(compareText);
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
  return uniqueFiles(paths.filter((path) => statOrUndefined(path)?.isDirectory() === false));
}

/** Each file once: shallowest first, so a file reached both directly and through a symlink keeps its short path. */
function uniqueFiles(paths: string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  const byDepth = (a: string, b: string) => a.split("/").length - b.split("/").length || compareText(a, b);
  for (const path of paths.sort(byDepth)) {
    const real = realpathOr(path);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(path);
  }
  return unique;
}
