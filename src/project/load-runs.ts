// Evaluates the launch scripts of a check into runs. The files a run names are taken from the
// documents already loaded, or read from disk and added to them, so a changed script (or a
// model file named by a script) is checked together with its siblings.
import { existsSync, readFileSync } from "node:fs";
import { buildRun } from "./build-runs.js";
import { type LoadedDocument, loadDocument } from "./load-document.js";
import { resolveFromRoot } from "./paths.js";
import type { Run } from "./run-model.js";

export interface ScriptTarget {
  path: string;
  file: string;
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
): Promise<Run[]> {
  if (scripts.length === 0) return [];
  const { evaluateScript } = await import("./script/evaluate-script.js");
  const runs: Run[] = [];
  for (const script of scripts) {
    const text = readFileSync(script.path, "utf8");
    const evaluation = await evaluateScript(text);
    if (!evaluation.launch) continue; // a helper script that starts no MindSpeed-MM job
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
  return runs;
}
