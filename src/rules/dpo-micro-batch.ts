// dpo-micro-batch (R30): the DPO trainer floors a per-batch score tensor with math.floor, which
// only works for one sample, so DPO needs MBS = 1.
import type { RunRule } from "./rule-types.js";

export const dpoMicroBatch: RunRule = {
  meta: {
    id: "dpo-micro-batch",
    description: "A DPO post-training run with MBS ≠ 1.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["dpo"],
    needs: ["MBS"],
    messages: { mbs: "DPO post-training runs with MBS = {{mbs}}; find_probability needs one sample per micro-batch" },
  },
  check(ctx) {
    const mbs = ctx.known("MBS");
    if (mbs === 1) return;
    ctx.report({
      ...ctx.atVariable("MBS"),
      messageId: "mbs",
      data: { mbs },
      hint: "Set MBS=1 and raise ACC (gradient accumulation) for a larger global batch.",
    });
  },
};
