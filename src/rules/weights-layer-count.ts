// weights-layer-count (R35, R36): converted StepVideo checkpoints have 48 layers of 48 heads × 128;
// the predictor loads them non-strictly, so fewer layers are dropped silently and another width
// fails with size mismatches.
import { DEFAULT_HEAD_DIM, OFFICIAL_WIDTH } from "./hidden-size.js";
import type { PredictorOf } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

const OFFICIAL_LAYERS = 48;

export const weightsLayerCount: RunRule = {
  meta: {
    id: "weights-layer-count",
    description:
      "A run loading converted official weights (`--load`; 48 layers, 48 heads) with a predictor of other depth or width.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: {
      layers:
        "the run loads a checkpoint (--load) into a predictor of {{layers}} layers; converted StepVideo weights have 48, so {{effect}}",
      width:
        "the run loads a checkpoint (--load) into a predictor {{width}} wide; converted StepVideo weights are 6144 wide and will not load",
    },
  },
  check(ctx) {
    const load = ctx.arg("--load");
    const predictor = ctx.value<PredictorOf>("model")?.predictor;
    if (!load || !predictor) return;
    const related = [
      {
        target: "script" as const,
        line: load.line,
        column: load.column,
        message: `--load ${load.value ?? ""} is passed here`,
      },
    ];
    const layers = predictor.num_layers;
    if (typeof layers === "number" && layers !== OFFICIAL_LAYERS) {
      const effect =
        layers < OFFICIAL_LAYERS ? `layers ${layers}–47 are dropped silently` : `layers 48–${layers - 1} stay random`;
      ctx.report({
        target: "model",
        pointer: "/predictor/num_layers",
        messageId: "layers",
        data: { layers, effect },
        hint: "Use num_layers 48 with converted weights, or train without --load.",
        related,
      });
    }
    if (typeof predictor.num_heads === "number") {
      const width = predictor.num_heads * (predictor.head_dim ?? DEFAULT_HEAD_DIM);
      if (width !== OFFICIAL_WIDTH)
        ctx.report({
          target: "model",
          pointer: "/predictor/num_heads",
          messageId: "width",
          data: { width },
          hint: "Use num_heads 48 and head_dim 128 with converted weights.",
          related,
        });
    }
  },
};
