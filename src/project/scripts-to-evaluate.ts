// Which launch scripts a check evaluates. The selected ones, and every script under the root that
// can name a selected file or belongs to the StepVideo examples, so a file gets the runs that
// name it (and those runs the other runs they follow) whether it was named, globbed or walked to.
import { basename } from "node:path";
import { type SourceReader, sourceReader } from "../fs/source-reader.js";
import { findScripts, type Target } from "./discover.js";

/** Scripts whose text mentions this are StepVideo launch scripts wherever they live. */
const STEPVIDEO = /stepvideo/i;

/**
 * Selected scripts first, then the others under the root in path order. A script is parsed only
 * when its text mentions "stepvideo" or the base name of a selected JSON file: a cheap filter, so a
 * checkout's other models' scripts are never parsed. A path a script assembles from variables
 * without either spelled out is missed.
 */
export async function scriptsToEvaluate(
  targets: Target[],
  root: string,
  reader: SourceReader = sourceReader(),
): Promise<string[]> {
  const selected = targets.filter((t) => t.path.endsWith(".sh")).map((t) => t.path);
  const names = [...new Set(targets.filter((t) => !t.path.endsWith(".sh")).map((t) => basename(t.path)))];
  const chosen = new Set(selected);
  const others = (await findScripts(root)).filter((path) => {
    if (chosen.has(path)) return false;
    const text = reader.textSync(path); // "" when unreadable: a selected script is reported by its own read
    return STEPVIDEO.test(text) || names.some((name) => text.includes(name));
  });
  return [...selected, ...others];
}
