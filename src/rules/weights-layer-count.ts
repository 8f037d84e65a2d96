// weights-layer-count (R35, R36): converted StepVideo checkpoints have the DiT's default shape;
// the predictor loads them non-strictly, so fewer layers are dropped silently and another width
// fails with size mismatches.
import type { PredictorOf } from "./lib/model-parts.js";
import { OFFICIAL, officialData } from "./lib/official-weights.js";
import type { RunRule } from "./rule-types.js";

export const weightsLayerCount: RunRule = {
  meta: {
    id: "weights-layer-count",
    description:
      `A run loading converted official weights (\`--load\`; ${OFFICIAL.layers} layers, ${OFFICIAL.heads} heads) ` +
      "with a predictor of other depth or width.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    needs: ["model"],
    messages: {
      layers:
        "the run loads a checkpoint (--load) into a predictor of {{layers}} layers; converted StepVideo weights have {{officialLayers}}, so {{effect}}",
      width:
        "the run loads a checkpoint (--load) into a predictor {{width}} wide; converted StepVideo weights are {{official}} wide and will not load",
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
        message: load.value === undefined ? "--load is passed here" : `--load ${load.value} is passed here`,
      },
    ];
    const layers = predictor.num_layers;
    if (typeof layers === "number" && layers !== OFFICIAL.layers) {
      const effect =
        layers < OFFICIAL.layers
          ? `layers ${layers}–${OFFICIAL.layers - 1} are dropped silently`
          : `layers ${OFFICIAL.layers}–${layers - 1} stay random`;
      ctx.report({
        target: "model",
        pointer: "/predictor/num_layers",
        messageId: "layers",
        data: { layers, effect, ...officialData },
        hint: `Use num_layers ${OFFICIAL.layers} with converted weights, or train without --load.`,
        related,
      });
    }
    if (typeof predictor.num_heads === "number") {
      const width = predictor.num_heads * (predictor.head_dim ?? OFFICIAL.headDim);
      if (width !== OFFICIAL.width)
        ctx.report({
          target: "model",
          pointer: "/predictor/num_heads",
          messageId: "width",
          data: { width, ...officialData },
          hint: `Use num_heads ${OFFICIAL.heads} and head_dim ${OFFICIAL.headDim} with converted weights.`,
          related,
        });
    }
  },
};
