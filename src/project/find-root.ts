// Finds the root: the folder MindSpeed-MM's launch scripts run from, which every path in a script
// is resolved against. It never depends on how the files were selected (a folder given on the
// command line only selects files), so the same file gets the same diagnostics however named.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * What marks a folder as the root: a `stepvideo-config.json` (the project's own settings), a
 * `mindspeed_mm/` package folder, or an `examples/stepvideo/` folder (a MindSpeed-MM checkout, or a
 * tree laid out like one). The nearest marked folder upward wins.
 */
const ROOT_MARKERS: readonly { name: string; directory: boolean }[] = [
  { name: "stepvideo-config.json", directory: false },
  { name: "mindspeed_mm", directory: true },
  { name: "examples/stepvideo", directory: true },
];

function isMarked(dir: string): boolean {
  return ROOT_MARKERS.some((m) => {
    const path = join(dir, m.name);
    if (!existsSync(path)) return false;
    const info = statSync(path, { throwIfNoEntry: false });
    return info !== undefined && (m.directory ? info.isDirectory() : info.isFile());
  });
}

/** The nearest marked folder at or above `start`, or undefined. */
function markedAncestor(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isMarked(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `--root` when given; else the checkout around the current directory; else, when the current
 * directory is in none, the one checkout all the selected files are in; else the current directory.
 */
export function findRoot(cwd: string, selected: string[], explicit?: string): string {
  if (explicit !== undefined) return resolve(cwd, explicit);
  const around = markedAncestor(cwd);
  if (around) return around;
  const checkouts = new Set(selected.map((path) => markedAncestor(dirname(path))));
  const [only] = checkouts;
  return checkouts.size === 1 && only !== undefined ? only : resolve(cwd);
}
