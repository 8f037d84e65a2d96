// checkpoint-format (R25): resplit and the mp_rank_XX layout need torch checkpoints; Megatron's
// default format is torch_dist.
import type { RunRule } from "./rule-types.js";

export const checkpointFormat: RunRule = {
  meta: {
    id: "checkpoint-format",
    description: "A run that saves (`--save`) without `--ckpt-format torch`.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    messages: {
      format:
        "the run saves checkpoints with --ckpt-format {{format}}; mm-convert resplit and the mp_rank_XX layout need torch",
    },
  },
  check(ctx) {
    const save = ctx.arg("--save");
    if (!save || (ctx.run.entry !== "pretrain" && ctx.run.entry !== "dpo")) return;
    const format = ctx.arg("--ckpt-format");
    if (format?.value === "torch") return;
    ctx.report({
      ...ctx.argAt(format ?? save),
      messageId: "format",
      data: { format: format?.value ?? "torch_dist (the default)" },
      hint: "Pass --ckpt-format torch.",
    });
  },
};
