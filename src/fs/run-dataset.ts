// The dataset a run reads, as MindSpeed-MM resolves it: data_path and data_folder from the data
// file, relative to the root the scripts run from; the record schema by entry point.
import { existsSync } from "node:fs";
import type { RunContext } from "../engine/run-context.js";
import { resolveFromRoot } from "../project/paths.js";
import type { DataParts } from "../rules/lib/model-parts.js";
import type { ScanInput } from "./records-scan.js";

export const DATA_PATH_POINTER = "/dataset_param/basic_parameters/data_path";

/** data_path as the data file writes it. */
export function dataPathOf(ctx: RunContext): string {
  return String(ctx.value<DataParts>("data")?.dataset_param?.basic_parameters?.data_path ?? "");
}

/** The scan a run's dataset needs, or undefined when the run reads no dataset or it is absent. */
export function runDataset(ctx: RunContext): ScanInput | undefined {
  const param = ctx.value<DataParts>("data")?.dataset_param;
  const basic = param?.basic_parameters;
  if (!ctx.fs || !param || !basic || typeof basic.data_path !== "string" || basic.data_path === "") return undefined;
  const dataPath = resolveFromRoot(ctx.fs.root, basic.data_path);
  if (!existsSync(dataPath)) return undefined;
  return {
    dataPath,
    dataFolder: resolveFromRoot(ctx.fs.root, typeof basic.data_folder === "string" ? basic.data_folder : ""),
    kind: ctx.run.entry === "dpo" ? "dpo-record" : "dataset-record",
    checkFiles: true,
    checkBasenames: ctx.run.entry === "feature-extraction",
    combine: basic.data_storage_mode === "combine",
  };
}
