// The folder walks of a check: the configs and scripts under a selected folder, the launch scripts
// under the root, the .gitignore files below a walked folder. Synchronous and in-house: fast-glob
// (and the Node streams it loads) cost a tree check about a tenth of its start-up, for walks that
// match names by their ending. User globs still go to fast-glob (discover.ts).
import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { normalize, sep } from "node:path";
import { compareText } from "../compare-text.js";

/** Folder levels a walk descends at most (a symlink loop would otherwise nest until ELOOP). */
export const MAX_DEPTH = 40;

export interface FolderWalk {
  /** Whether to walk into the folder named `name`. */
  enter(name: string): boolean;
  /** Whether to list the entry named `name`, which is not a folder (a symlink: what it names). */
  take(name: string, entry: Dirent | Stats): boolean;
  /**
   * true: each real folder once, by its shallowest path (the first in path order at that depth), as
   * files are selected. false: by every path to it except through a loop, as .gitignore files apply
   * to the paths they sit on.
   */
  once: boolean;
}

interface Folder {
  path: string;
  /** Real paths of the folder and those above it on this path: entering one again is a loop. */
  chain: string[];
}

export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // EACCES on a parent, ELOOP, …: not there as far as a walk goes
  }
}

export function realpathOr(path: string): string {
  try {
    return realpathSync.native(path); // one system call, where the JavaScript one lstat's each segment
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

/** Paths of the entries `walk` takes under `base`, level by level, each level in path order. */
export function walkFolders(base: string, walk: FolderWalk): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  // Children are named by appending to a normalised folder path: path.join normalises every one.
  let level: Folder[] = [{ path: normalize(base), chain: [] }];
  for (let depth = 0; level.length > 0 && depth <= MAX_DEPTH; depth++) {
    const next: Folder[] = [];
    for (const folder of level) {
      const real = realpathOr(folder.path);
      if (walk.once ? visited.has(real) : folder.chain.includes(real)) continue;
      if (walk.once) visited.add(real);
      const chain = walk.once ? folder.chain : [...folder.chain, real];
      for (const e of entriesOf(folder.path)) {
        const path = folder.path.endsWith(sep) ? folder.path + e.name : folder.path + sep + e.name;
        // A symlink is followed to what it names (stat, not lstat), as when the path is named directly.
        const info = e.isSymbolicLink() ? statOrUndefined(path) : e;
        if (!info) continue; // a dangling link names nothing
        if (info.isDirectory()) {
          if (walk.enter(e.name)) next.push({ path, chain });
        } else if (walk.take(e.name, info)) found.push(path);
      }
    }
    level = next.sort((a, b) => compareText(a.path, b.path));
  }
  return found;
}
