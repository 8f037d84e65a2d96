// inference-pp (R37): inference_sora.py calls the predictor directly; with PP > 1 each rank would
// hold only part of the model.
import { schemaDefaults } from "../generated/schema-defaults.js";
import type { ModelParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const inferencePp: RunRule = {
  meta: {
    id: "inference-pp",
    description: "Inference with PP > 1 (the inference pipeline supports PP = 1 only).",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["inference"],
    needs: ["PP"],
    messages: { pp: "inference runs with PP = {{pp}}; the StepVideo pipeline supports only PP = 1" },
  },
  check(ctx) {
    const pp = ctx.known("PP");
    if (pp <= 1) return;
    const heads = ctx.value<ModelParts>("model")?.predictor?.num_heads ?? schemaDefaults.predictor.num_heads;
    ctx.report({
      ...ctx.atVariable("PP"),
      messageId: "pp",
      data: { pp },
      hint: `Set PP=1; scale inference with TP (a divisor of num_heads ${heads}) instead.`,
    });
  },
};
