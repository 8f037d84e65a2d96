// A run as the JSON report lists it (design/architecture.md): script, entry, task, the three
// config files and the parallel layout.
import type { RunEntry } from "../types.js";
import type { Run } from "./run-model.js";

export function summarizeRun(run: Run): RunEntry {
  const parallel: Record<string, number | null> = {};
  for (const [name, p] of Object.entries(run.parallel)) parallel[name] = p.value;
  return {
    script: run.script,
    entry: run.entry ?? "unknown",
    ...(run.task ? { task: run.task } : {}),
    ...(run.configs.data?.file ? { data: run.configs.data.file } : {}),
    ...(run.configs.model?.file ? { model: run.configs.model.file } : {}),
    ...(run.configs.tool?.file ? { tool: run.configs.tool.file } : {}),
    parallel,
  };
}
