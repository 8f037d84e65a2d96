// hidden-size (R3): the DiT width is num_heads × head_dim; the converted StepVideo checkpoint has
// the DiT's default width, so any other product cannot load the official weights. Where a run
// loads a checkpoint into the predictor, weights-layer-count reports the same width instead.
import type { ModelParts } from "./lib/model-parts.js";
import { OFFICIAL, officialData } from "./lib/official-weights.js";
import type { FileRule } from "./rule-types.js";

export const hiddenSize: FileRule = {
  meta: {
    id: "hidden-size",
    description: `\`predictor.num_heads × head_dim\` is not ${OFFICIAL.width}: the official StepVideo weights cannot load (size mismatch).`,
    severity: "warning",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      width:
        "num_heads × head_dim = {{heads}} × {{dim}} = {{width}}; " +
        "the official StepVideo weights are {{official}} wide ({{officialHeads}} × {{officialHeadDim}})",
    },
  },
  check(ctx) {
    const predictor = ctx.value<ModelParts>().predictor;
    if (!predictor || typeof predictor.num_heads !== "number") return;
    const dim = typeof predictor.head_dim === "number" ? predictor.head_dim : OFFICIAL.headDim;
    const width = predictor.num_heads * dim;
    if (width === OFFICIAL.width) return;
    // One cause, one report: a run that loads a checkpoint into this predictor reports the width
    // itself (weights-layer-count), with the --load line that makes it fatal.
    if (ctx.runs.some((run) => run.evaluation.launch?.args.some((a) => a.flag === "--load"))) return;
    ctx.report({
      pointer: "/predictor/num_heads",
      messageId: "width",
      data: { heads: predictor.num_heads, dim, width, ...officialData },
      hint: `Use num_heads ${OFFICIAL.heads} and head_dim ${OFFICIAL.headDim} to load converted StepVideo weights; other widths only train from scratch.`,
    });
  },
};
