// Which launch scripts a check evaluates. The selected ones, and every script under the root that
// can name a selected file or belongs to the StepVideo examples, so a file gets the runs that
// name it (and those runs the other runs they follow) whether it was named, globbed or walked to.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { findScripts, type Target } from "./discover.js";

/** Scripts whose text mentions this are StepVideo launch scripts wherever they live. */
const STEPVIDEO = /stepvideo/i;

/**
 * Selected scripts first, then the others under the root in path order. A script is parsed only
 * when its text mentions "stepvideo" or the base name of a selected JSON file: a cheap filter, so a
 * checkout's other models' scripts are never parsed. A path a script assembles from variables
 * without either spelled out is missed.
 */
export async function scriptsToEvaluate(targets: Target[], root: string): Promise<string[]> {
  const selected = targets.filter((t) => t.path.endsWith(".sh")).map((t) => t.path);
  const names = [...new Set(targets.filter((t) => !t.path.endsWith(".sh")).map((t) => basename(t.path)))];
  const chosen = new Set(selected);
  const others = (await findScripts(root)).filter((path) => {
    if (chosen.has(path)) return false;
    const text = readText(path);
    return STEPVIDEO.test(text) || names.some((name) => text.includes(name));
  });
  return [...selected, ...others];
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // unreadable: not a script this check can evaluate (a selected one is reported by its own read)
  }
}
