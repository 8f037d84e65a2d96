// recompute-settings (R29): full recomputation needs a method and a layer count (Megatron's
// TransformerConfig), StepVideo rejects selective recomputation, and uniform recomputation needs
// a layer count that divides each stage's layers (else IndexError; 0 loops forever).
import type { PredictorOf } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const recomputeSettings: RunRule = {
  meta: {
    id: "recompute-settings",
    description:
      "`--recompute-granularity full` without method or num-layers; `selective`; `uniform` with a layer count that does not divide.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["PP"],
    messages: {
      selective: "--recompute-granularity selective is rejected by StepVideoDiT",
      incomplete: "--recompute-granularity full needs {{missing}}",
      uniform:
        "--recompute-method uniform with --recompute-num-layers {{n}}: {{layers}} layers per stage is not a multiple",
    },
  },
  check(ctx) {
    const granularity = ctx.arg("--recompute-granularity");
    if (!granularity?.value) return;
    if (granularity.value === "selective")
      return ctx.report({
        ...ctx.argAt(granularity),
        messageId: "selective",
        hint: "Use --recompute-granularity full --recompute-method block --recompute-num-layers N.",
      });
    if (granularity.value !== "full") return;
    const method = ctx.arg("--recompute-method");
    const count = ctx.arg("--recompute-num-layers");
    const missing = [!method && "--recompute-method", !count && "--recompute-num-layers"].filter(Boolean);
    if (missing.length > 0)
      return ctx.report({
        ...ctx.argAt(granularity),
        messageId: "incomplete",
        data: { missing: missing.join(" and ") },
        hint: "Add --recompute-method block --recompute-num-layers <layers per stage>.",
      });
    const n = Number(count?.value);
    if (method?.value !== "uniform" || !Number.isInteger(n)) return;
    const predictor = ctx.value<PredictorOf>("model")?.predictor;
    const pp = ctx.known("PP");
    const stages =
      Array.isArray(predictor?.pipeline_num_layers) && pp > 1
        ? (predictor.pipeline_num_layers.flat() as number[])
        : typeof predictor?.num_layers === "number"
          ? [predictor.num_layers]
          : [];
    const bad = stages.find((layers) => n === 0 || layers % n !== 0);
    if (bad !== undefined)
      ctx.report({
        ...ctx.argAt(count!),
        messageId: "uniform",
        data: { n, layers: bad },
        hint: "Use --recompute-method block, or a --recompute-num-layers that divides every stage's layer count.",
      });
  },
};
