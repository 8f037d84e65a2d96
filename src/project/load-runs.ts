// Evaluates the launch scripts of a check into runs, and the faults that keep bash from running a
// script as written. The files a run names are taken from the documents already loaded, or read
// from disk and added to them, so a changed script is checked together with its siblings.
import { existsSync, readFileSync } from "node:fs";
import { buildRun } from "./build-runs.js";
import { type LoadedDocument, loadDocument } from "./load-document.js";
import { resolveFromRoot } from "./paths.js";
import type { Run } from "./run-model.js";
import type { ScriptFault } from "./script/evaluate-script.js";

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
 * and added to it as context (not selected: the check reads them but reports on them only through
 * the runs).
 */
export async function loadRuns(
  scripts: ScriptTarget[],
  root: string,
  documents: Map<string, LoadedDocument>,
): Promise<{ runs: Run[]; faults: ScriptFaultAt[] }> {
  const runs: Run[] = [];
  const faults: ScriptFaultAt[] = [];
  if (scripts.length === 0) return { runs, faults };
  const { evaluateScript } = await import("./script/evaluate-script.js");
  for (const script of scripts) {
    const text = readFileSync(script.path, "utf8");
    const evaluation = await evaluateScript(text);
    if (evaluation.fault) faults.push({ script: script.file, fault: evaluation.fault });
    if (!evaluation.launch) continue; // a helper script that starts no MindSpeed-MM job, or bash never gets there
    const lookup = (file: string) => {
      let loaded = documents.get(file);
      const absolute = resolveFromRoot(root, file);
      if (!loaded && file.endsWith(".json") && existsSync(absolute)) {
        loaded = loadDocument(file, readFileSync(absolute), { explicit: true, selected: false });
        if (loaded) documents.set(file, loaded);
      }
      return loaded
        ? {
            doc: loaded.doc,
            ...(loaded.kind ? { kind: loaded.kind } : {}),
            ...(loaded.role ? { role: loaded.role } : {}),
          }
        : undefined;
    };
    runs.push(buildRun(script.file, evaluation, root, lookup));
  }
  return { runs, faults };
}
