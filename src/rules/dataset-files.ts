// dataset-files (R21, R31): every video (or feature .pt) a record names must exist under
// data_folder; raw samples that fail are replaced at random, feature samples crash mid-training.
import { runDataset } from "../fs/run-dataset.js";
import { reportScan } from "./lib/report-scan.js";
import type { FsRule } from "./rule-types.js";

export const datasetFiles: FsRule = {
  meta: {
    id: "dataset-files",
    description: "A record's `file` (video, or feature `.pt`) that does not exist under `data_folder`.",
    severity: "error",
    scope: "fs",
    stage: "semantic",
    entries: ["pretrain", "dpo", "feature-extraction"],
    needs: ["data"],
    messages: {
      missing: "`{{key}}` {{file}} does not exist under {{folder}}",
      more: "{{count}} more records name files that do not exist",
    },
  },
  async check(ctx) {
    const input = runDataset(ctx);
    if (!input) return;
    reportScan(
      ctx,
      await ctx.fs!.scan(input),
      "dataset-files",
      "Paths in records are joined to data_folder (absolute paths are used as they are); for features, data_folder must be the extraction save_path.",
    );
  },
};
