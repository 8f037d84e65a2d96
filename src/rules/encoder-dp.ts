// encoder-dp (R33): encoder data parallelism and encoder offloading need the text encoder built
// (load_text_features false) and pipeline parallelism off; otherwise SoRAModel fails at start-up.
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const encoderDp: FileRule = {
  meta: {
    id: "encoder-dp",
    description:
      "`enable_encoder_dp` / `encoder_offload_interval > 1` with `load_text_features: true`, or `enable_encoder_dp` with PP > 1.",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      features: "{{key}} is {{value}} but load_text_features is true: the text encoder is not built (AttributeError)",
      pp: 'enable_encoder_dp is true but {{script}} runs with PP = {{pp}}: "Encoder DP cannot be used with PP"',
    },
  },
  check(ctx) {
    const model = ctx.value<ModelParts>();
    const offload = typeof model.encoder_offload_interval === "number" && model.encoder_offload_interval > 1;
    if (model.load_text_features === true) {
      if (model.enable_encoder_dp === true)
        ctx.report({
          pointer: "/enable_encoder_dp",
          messageId: "features",
          data: { key: "enable_encoder_dp", value: "true" },
          hint: "Set enable_encoder_dp false when training on extracted features.",
        });
      if (offload)
        ctx.report({
          pointer: "/encoder_offload_interval",
          messageId: "features",
          data: { key: "encoder_offload_interval", value: String(model.encoder_offload_interval) },
          hint: "Use 1 when training on extracted features.",
        });
    }
    if (model.enable_encoder_dp !== true) return;
    for (const run of ctx.runs) {
      const pp = run.parallel.PP.value;
      if (pp !== null && pp > 1)
        ctx.report({
          pointer: "/enable_encoder_dp",
          messageId: "pp",
          data: { script: run.script, pp },
          hint: "Set enable_encoder_dp false, or run with PP = 1.",
        });
    }
  },
};
