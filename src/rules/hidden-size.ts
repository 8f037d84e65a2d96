// hidden-size (R3): the DiT width is num_heads × head_dim; the converted StepVideo checkpoint is
// 6144 wide (48 × 128), so any other product cannot load the official weights.
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const OFFICIAL_WIDTH = 6144;
export const DEFAULT_HEAD_DIM = 128;

export const hiddenSize: FileRule = {
  meta: {
    id: "hidden-size",
    description:
      "`predictor.num_heads × head_dim` is not 6144: the official StepVideo weights cannot load (size mismatch).",
    severity: "warning",
    scope: "file",
    stage: "semantic",
    messages: {
      width:
        "num_heads × head_dim = {{heads}} × {{dim}} = {{width}}; the official StepVideo weights are {{official}} wide (48 × 128)",
    },
  },
  check(ctx) {
    const predictor = ctx.value<ModelParts>().predictor;
    if (ctx.kind !== "model" || !predictor || typeof predictor.num_heads !== "number") return;
    const dim = typeof predictor.head_dim === "number" ? predictor.head_dim : DEFAULT_HEAD_DIM;
    const width = predictor.num_heads * dim;
    if (width === OFFICIAL_WIDTH) return;
    ctx.report({
      pointer: "/predictor/num_heads",
      messageId: "width",
      data: { heads: predictor.num_heads, dim, width, official: OFFICIAL_WIDTH },
      hint: "Use num_heads 48 and head_dim 128 to load converted StepVideo weights; other widths only train from scratch.",
    });
  },
};
