// pretrain-load-missing (R32): a training script that sets LOAD_PATH but never passes --load
// starts from a random DiT without a word (upstream pretrain_i2v.sh does this in every release).
import type { RunRule } from "./rule-types.js";

export const pretrainLoadMissing: RunRule = {
  meta: {
    id: "pretrain-load-missing",
    description:
      "A training script that defines `LOAD_PATH` but never passes `--load`: training starts from random weights.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    messages: { unused: "LOAD_PATH is set but the launch command has no --load: training starts from a random DiT" },
  },
  check(ctx) {
    if (ctx.run.entry !== "pretrain" && ctx.run.entry !== "dpo") return;
    const loadPath = ctx.run.evaluation.vars.get("LOAD_PATH");
    if (!loadPath || ctx.arg("--load")) return;
    ctx.report({
      target: "script",
      pointer: "/LOAD_PATH",
      at: { line: loadPath.line, column: loadPath.column },
      messageId: "unused",
      hint: "Add `--load $LOAD_PATH` to the training arguments (GPT_ARGS).",
    });
  },
};
