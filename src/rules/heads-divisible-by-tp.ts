// heads-divisible-by-tp (R5): each tensor-parallel rank holds whole attention heads; Megatron's
// divide() assertion stops training and inference otherwise.
import { divisors, formatSet } from "./lib/arithmetic.js";
import { headsDivideOverTp } from "./lib/layout-checks.js";
import type { PredictorOf } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const headsDivisibleByTp: RunRule = {
  meta: {
    id: "heads-divisible-by-tp",
    description: "`predictor.num_heads` must be divisible by TP.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["TP", "model"],
    messages: { heads: "num_heads {{heads}} is not divisible by TP = {{tp}}" },
  },
  check(ctx) {
    const heads = ctx.value<PredictorOf>("model")?.predictor?.num_heads;
    const tp = ctx.known("TP");
    if (typeof heads !== "number" || tp <= 0 || headsDivideOverTp(heads, tp)) return;
    ctx.report({
      target: "model",
      pointer: "/predictor/num_heads",
      messageId: "heads",
      data: { heads, tp },
      hint: `use TP in ${formatSet(divisors(heads))}`,
      related: ctx.setAt("TP"),
    });
  },
};
