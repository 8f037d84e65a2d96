// No rule returns early on an unknown value without the engine saying so: for every run and fs rule
// and every value it declares in meta.needs, a run where that value is unknown reports nothing for
// the rule and either a script-value diagnostic naming it among the skipped rules, or (for a config
// file the run cannot read) script-config-paths on that file's flag.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRun } from "../src/engine/run-run-rules.js";
import { FsCache } from "../src/fs/fs-cache.js";
import type { LoadedDocument } from "../src/project/load-document.js";
import { loadRuns } from "../src/project/load-runs.js";
import type { EntryPoint, Run } from "../src/project/run-model.js";
import { fsRules, runRules } from "../src/rules/index.js";
import type { RunNeed } from "../src/rules/rule-types.js";
import { fixturesDir } from "./fixture-cases.js";

const root = join(fixturesDir, "example");
const SCRIPTS: Record<EntryPoint, string> = {
  pretrain: "examples/stepvideo/t2v/pretrain_t2v.sh",
  dpo: "examples/stepvideo/t2v/posttrain_t2v_dpo.sh",
  inference: "examples/stepvideo/t2v/inference_t2v.sh",
  "feature-extraction": "examples/stepvideo/feature_extract/feature_extraction.sh",
};

async function exampleRuns(): Promise<{ runs: Map<EntryPoint, Run>; documents: Map<string, LoadedDocument> }> {
  const documents = new Map<string, LoadedDocument>();
  const { runs: loaded } = await loadRuns(
    Object.values(SCRIPTS).map((file) => ({ path: join(root, file), file })),
    root,
    documents,
  );
  return { runs: new Map(loaded.map((r) => [r.entry!, r])), documents };
}

/** The run with one needed value made unknown. */
function withUnknown(run: Run, need: RunNeed): Run {
  const copy: Run = { ...run, parallel: { ...run.parallel }, configs: { ...run.configs } };
  if (need === "entry") delete copy.entry;
  else if (need === "task") delete copy.task;
  else if (need === "data" || need === "model" || need === "tool") delete copy.configs[need];
  else copy.parallel[need] = { value: null, source: need, unknown: `${need} is set from the environment` };
  return copy;
}

describe("rules that cannot run say so", async () => {
  const { runs, documents } = await exampleRuns();
  const tree = [...documents.values()].map((d) => ({ file: d.file, value: d.doc.value }));
  const scope = { release: "26.0.0", root, runs: [...runs.values()], tree, files: new Set(documents.keys()) };
  const rules = [...Object.values(runRules), ...Object.values(fsRules)];
  for (const rule of rules) {
    const needs = [...(rule.meta.entries ? (["entry"] as const) : []), ...(rule.meta.needs ?? [])];
    for (const need of needs) {
      it(`${rule.meta.id} without ${need}`, async () => {
        const entry = rule.meta.entries?.[0] ?? "pretrain";
        const run = withUnknown(runs.get(entry)!, need);
        const found = await checkRun(run, { ...scope, fs: new FsCache(root) }, {});
        expect(found.filter((d) => d.ruleId === rule.meta.id)).toEqual([]);
        const skipped = found.filter((d) => d.ruleId === "script-value" && d.message.includes(rule.meta.id));
        const config = found.filter(
          (d) => d.ruleId === "script-config-paths" && d.messageId === "missing" && d.message.includes(`--mm-${need}`),
        );
        expect(skipped.length + config.length, `${rule.meta.id} skipped without a word`).toBeGreaterThan(0);
      });
    }
  }
});
