// Evaluates the launch scripts of a check into runs. The files a run names are taken from the
// documents already loaded, or read from disk and added to them, so a changed script (or a
// model file named by a script) is checked together with its siblings.
import { existsSync, readFileSync } from "node:fs";
import { type LoadedDocument, loadDocument } from "../engine/check-document.js";
import { buildRun } from "./build-runs.js";
import { resolveFromRoot } from "./paths.js";
import type { Run } from "./run-model.js";

export interface ScriptTarget {
  path: string;
  file: string;
  explicit: boolean;
}

/**
 * Runs of the given scripts. `keep` decides, once a run is built, whether it belongs to the check
 * (when only some files were named: the runs that name one of them); only kept runs add the
 * sibling files they read to `documents`.
 */
export async function loadRuns(
  scripts: ScriptTarget[],
  root: string,
  documents: Map<string, LoadedDocument>,
  keep: (run: Run, script: ScriptTarget) => boolean = () => true,
): Promise<Run[]> {
  if (scripts.length === 0) return [];
  const { evaluateScript } = await import("./script/evaluate-script.js");
  const runs: Run[] = [];
  for (const script of scripts) {
    const text = readFileSync(script.path, "utf8");
    const evaluation = await evaluateScript(text);
    if (!evaluation.launch) continue; // a helper script that starts no MindSpeed-MM job
    const siblings = new Map<string, LoadedDocument>();
    const lookup = (file: string) => {
      let loaded = documents.get(file) ?? siblings.get(file);
      const absolute = resolveFromRoot(root, file);
      if (!loaded && file.endsWith(".json") && existsSync(absolute)) {
        loaded = loadDocument(file, readFileSync(absolute), true);
        if (loaded) siblings.set(file, loaded);
      }
      return loaded
        ? {
            doc: loaded.doc,
            valid: false,
            ...(loaded.kind ? { kind: loaded.kind } : {}),
            ...(loaded.role ? { role: loaded.role } : {}),
          }
        : undefined;
    };
    const run = buildRun(script.file, text, evaluation, root, lookup);
    if (!keep(run, script)) continue;
    for (const [file, loaded] of siblings) documents.set(file, loaded);
    runs.push(run);
  }
  return runs;
}
