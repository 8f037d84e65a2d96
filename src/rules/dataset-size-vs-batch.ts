// dataset-size-vs-batch (R24): with SequentialSampler and drop_last, a dataset smaller than one
// global step (MBS × DP) yields no batch, and the cyclic iterator spins forever: the run hangs.
import { runDataset } from "../fs/run-dataset.js";
import type { DataParts } from "./lib/model-parts.js";
import type { FsRule } from "./rule-types.js";

export const datasetSizeVsBatch: FsRule = {
  meta: {
    id: "dataset-size-vs-batch",
    description: "Fewer records than MBS×DP with `drop_last` and a sequential sampler: the run hangs.",
    severity: "error",
    scope: "fs",
    stage: "semantic",
    entries: ["pretrain", "dpo", "feature-extraction"],
    needs: ["MBS", "DP", "data"],
    messages: {
      small:
        "the dataset has {{records}} records, fewer than MBS×DP = {{mbs}}×{{dp}} = {{needed}}: with drop_last no batch is ever formed and the run hangs",
    },
  },
  async check(ctx) {
    const input = runDataset(ctx);
    const loader = ctx.value<DataParts>("data")?.dataloader_param;
    const { MBS, DP } = ctx.run.parallel;
    if (
      !input ||
      !loader ||
      loader.drop_last !== true ||
      loader.sampler_type !== "SequentialSampler" ||
      MBS.value === null ||
      DP.value === null
    )
      return;
    const { records, fault } = await ctx.fs!.scan(input);
    if (fault) return; // dataset-records reports why the dataset cannot be read
    const needed = MBS.value * DP.value;
    if (records >= needed) return;
    ctx.report({
      target: "data",
      pointer: "/dataloader_param/drop_last",
      messageId: "small",
      data: { records, mbs: MBS.value, dp: DP.value, needed },
      hint: `Add records, lower MBS or DP, or set drop_last false.`,
      related: [...ctx.setAt("MBS"), ...ctx.setAt("NPUS_PER_NODE")],
    });
  },
};
