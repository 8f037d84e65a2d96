// Evaluates the launch scripts of a check into runs, and the faults that keep bash from running a
// script as written. The files a run names are taken from the documents already loaded, or read
// from disk and added to them, so a changed script is checked together with its siblings.
import { describeFault } from "../fs/safe-read.js";
import { type SourceReader, sourceReader } from "../fs/source-reader.js";
import { buildRun } from "./build-runs.js";
import { type LoadedDocument, loadDocument, unreadableDocument } from "./load-document.js";
import { resolveFromRoot } from "./paths.js";
import type { Run } from "./run-model.js";
import type { ScriptEvaluation, ScriptFault } from "./script/evaluate-script.js";
import type { ScriptCache } from "./script-cache.js";

export interface ScriptTarget {
  path: string;
  file: string;
}

/** A fault of one script (relative to the root), reported whether or not the script starts a run. */
export interface ScriptFaultAt {
  script: string;
  fault: ScriptFault;
}

/**
 * Runs of the given scripts. The files a run names are taken from `documents` or read from disk
 * (through `reader`: an editor's unsaved buffers, else the disk) and added to it as context (not
 * selected: the check reads them but reports on them only through the runs). With a cache, an
 * unchanged script's evaluation is read from it: the bash parser is loaded only when a script misses.
 */
export async function loadRuns(
  scripts: ScriptTarget[],
  root: string,
  documents: Map<string, LoadedDocument>,
  reader: SourceReader = sourceReader(),
  cache?: ScriptCache,
): Promise<{ runs: Run[]; faults: ScriptFaultAt[] }> {
  const runs: Run[] = [];
  const faults: ScriptFaultAt[] = [];
  const evaluate = async (bytes: Uint8Array): Promise<ScriptEvaluation> => {
    const cached = cache?.get(bytes);
    if (cached) return cached;
    const { evaluateScript } = await import("./script/evaluate-script.js");
    const evaluation = await evaluateScript(new TextDecoder().decode(bytes));
    cache?.set(bytes, evaluation);
    return evaluation;
  };
  for (const script of scripts) {
    const read = reader.readSync(script.path);
    if (!read.ok) {
      // A FIFO or device named .sh is never opened: reported, not evaluated.
      const problem = describeFault(read.fault);
      faults.push({ script: script.file, fault: { messageId: "unreadable", line: 1, column: 1, problem } });
      continue;
    }
    const evaluation = await evaluate(read.bytes);
    if (evaluation.fault) faults.push({ script: script.file, fault: evaluation.fault });
    if (!evaluation.launch) continue; // a helper script that starts no MindSpeed-MM job, or bash never gets there
    const lookup = (file: string) => {
      let loaded = documents.get(file);
      const absolute = resolveFromRoot(root, file);
      if (!loaded && file.endsWith(".json") && reader.exists(absolute)) {
        const read = reader.readSync(absolute);
        const how = { explicit: true };
        loaded = read.ok ? loadDocument(file, read.bytes, how) : unreadableDocument(file, read.fault, how);
        if (loaded) documents.set(file, loaded);
      }
      return loaded
        ? {
            doc: loaded.doc,
            ...(loaded.kind ? { kind: loaded.kind } : {}),
            ...(loaded.role ? { role: loaded.role } : {}),
            ...(loaded.fault ? { fault: loaded.fault } : {}),
          }
        : undefined;
    };
    runs.push(buildRun(script.file, evaluation, root, lookup));
  }
  cache?.save();
  return { runs, faults };
}
