// dataset-records (2.8.1, R49): each data.jsonl line must be a JSON object with the keys the
// dataset reads (`file`, `captions`; DPO also `file_rejected`, `score`, `score_rejected`); a bad
// record crashes the loader or is silently replaced by another sample.
import { DATA_PATH_POINTER, dataPathOf, runDataset } from "../fs/run-dataset.js";
import { describeFault } from "../fs/safe-read.js";
import { reportScan } from "./lib/report-scan.js";
import type { FsRule } from "./rule-types.js";

export const datasetRecords: FsRule = {
  meta: {
    id: "dataset-records",
    description:
      "data.jsonl lines that are not JSON objects or lack `file` / `captions` (DPO: `file_rejected`, `score`, `score_rejected`); line-numbered.",
    severity: "error",
    scope: "fs",
    stage: "semantic",
    entries: ["pretrain", "dpo", "feature-extraction"],
    needs: ["data"],
    messages: {
      missing: "the record lacks `{{key}}`",
      invalid: "{{path}} {{problem}}",
      syntax: "the line is not JSON: {{problem}}",
      notArray: "a .json dataset must be one JSON array of records",
      lineTooLong: "the line is longer than {{limit}} characters; it is skipped without being read into memory",
      unreadable: "{{path}} {{problem}}: its records are not checked",
      more: "{{count}} more records with problems of this kind are not listed",
    },
  },
  async check(ctx) {
    const input = runDataset(ctx);
    if (!input) return;
    const hint =
      input.kind === "dpo-record"
        ? "DPO records need file, file_rejected, captions, score and score_rejected (histogram_generator.py writes them)."
        : "Each line is one JSON object with `file` (a video relative to data_folder) and `captions`.";
    const scan = await ctx.fs!.scan(input);
    if (scan.fault)
      return ctx.report({
        target: "data",
        pointer: DATA_PATH_POINTER,
        messageId: "unreadable",
        data: { path: `data_path ${dataPathOf(ctx)}`, problem: describeFault(scan.fault) },
        hint: "data_path must name a regular file MindSpeed-MM can read: the data.jsonl, not its folder.",
      });
    reportScan(ctx, scan, "dataset-records", hint);
  },
};
