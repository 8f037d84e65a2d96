// A Stryker reporter that appends each mutant's result to reports/mutation/<chunk>.live.jsonl as
// soon as it is known, so the survivors of a run of hours can be read (and killed) while it runs;
// the JSON reporter writes only at the end. Loaded by stryker.config.mjs (plugins).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { declareFactoryPlugin, PluginKind } from "@stryker-mutator/api/plugin";

const file = `reports/mutation/${process.env.MUTATION_CHUNK ?? "all"}.live.jsonl`;

function liveReporter() {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, "");
  return {
    onMutantTested(m) {
      const at = `${relative(process.cwd(), m.fileName)}:${m.location.start.line}:${m.location.start.column + 1}`;
      const row = { at, status: m.status, mutator: m.mutatorName, replacement: m.replacement };
      appendFileSync(file, `${JSON.stringify(row)}\n`);
    },
  };
}

export const strykerPlugins = [declareFactoryPlugin(PluginKind.Reporter, "live", liveReporter)];
