// i2v-no-cp (R19): context parallelism splits the video latents by frame but not the image
// latents, and the two are concatenated by channel, so i2v must run with CP = 1.
import { i2vAllowsCp } from "./lib/layout-checks.js";
import type { RunRule } from "./rule-types.js";

export const i2vNoCp: RunRule = {
  meta: {
    id: "i2v-no-cp",
    description: "i2v training or inference with CP > 1 (image latents are not split with the video latents).",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo", "inference"],
    needs: ["CP", "task"],
    messages: {
      cp: "an i2v {{entry}} run with CP = {{cp}}: image latents are not split over CP ranks and the concatenation fails",
    },
  },
  check(ctx) {
    const cp = ctx.known("CP");
    if (i2vAllowsCp(ctx.run.task, cp)) return;
    ctx.report({
      ...ctx.atVariable("CP"),
      messageId: "cp",
      data: { entry: ctx.run.entry ?? "", cp },
      hint: "Set CP=1 for i2v; use TP or DP to scale instead.",
    });
  },
};
