// pipeline-layers (R15): with PP > 1 the DiT's layers are assigned to stages by
// predictor.pipeline_num_layers; MindSpeed-MM checks its length, signs and sum at start-up, and
// virtual pipelines need a list per virtual stage.
import type { PredictorOf } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const pipelineLayers: RunRule = {
  meta: {
    id: "pipeline-layers",
    description:
      "PP > 1: `pipeline_num_layers` of length PP, positive, summing to `num_layers`; with VP > 1 a list of VP such lists.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["PP", "VP", "model"],
    messages: {
      missing: "PP = {{pp}} but predictor has no pipeline_num_layers",
      length: "pipeline_num_layers has {{length}} stages but PP = {{pp}}",
      positive: "pipeline_num_layers gives stage {{stage}} {{value}} layers; every stage needs at least 1",
      nested:
        "pipeline_num_layers gives stage {{stage}} a list ({{value}}), which only a virtual pipeline (VP > 1) reads",
      sum: "pipeline_num_layers sums to {{sum}} but num_layers is {{layers}}",
      virtual: "VP = {{vp}} needs pipeline_num_layers as {{vp}} lists of {{pp}} stages",
    },
  },
  check(ctx) {
    const predictor = ctx.value<PredictorOf>("model")?.predictor;
    const { PP } = ctx.run.parallel;
    if (!predictor || PP.value === null || PP.value <= 1) return;
    const related = ctx.setAt("PP");
    const layers = predictor.pipeline_num_layers as unknown;
    const pointer = "/predictor/pipeline_num_layers";
    const even =
      typeof predictor.num_layers === "number" && predictor.num_layers % PP.value === 0
        ? Array(PP.value).fill(predictor.num_layers / PP.value)
        : undefined;
    const example = even ? ` e.g. ${JSON.stringify(even)}` : "";
    if (!Array.isArray(layers))
      return ctx.report({
        target: "model",
        pointer: "/predictor",
        messageId: "missing",
        data: { pp: PP.value },
        hint: `Add pipeline_num_layers with ${PP.value} stage sizes summing to num_layers${example}.`,
        related,
      });
    const vp = ctx.known("VP");
    const stages: unknown[][] = vp > 1 ? (layers.every(Array.isArray) ? (layers as unknown[][]) : []) : [layers];
    if (vp > 1 && (stages.length !== vp || stages.some((s) => s.length !== PP.value))) {
      return ctx.report({
        target: "model",
        pointer,
        messageId: "virtual",
        data: { vp, pp: PP.value },
        hint: "Converted checkpoints cannot be virtual-pipelined; prefer VP=1.",
        related: [...related, ...ctx.setAt("VP")],
      });
    }
    const flat = stages.flat() as number[];
    if (vp <= 1 && layers.length !== PP.value)
      return ctx.report({
        target: "model",
        pointer,
        messageId: "length",
        data: { length: layers.length, pp: PP.value },
        hint: `Give one layer count per stage${example}.`,
        related,
      });
    const nested = vp <= 1 ? layers.findIndex(Array.isArray) : -1;
    if (nested >= 0)
      return ctx.report({
        target: "model",
        pointer: `${pointer}/${nested}`,
        messageId: "nested",
        data: { stage: nested, value: String(layers[nested]) },
        hint: `With VP = 1 give one layer count per stage${example}; lists of lists need VP set to their number.`,
        related,
      });
    const bad = flat.findIndex((v) => typeof v !== "number" || v < 1);
    if (bad >= 0)
      return ctx.report({
        target: "model",
        pointer: vp > 1 ? pointer : `${pointer}/${bad}`,
        messageId: "positive",
        data: { stage: bad, value: String(flat[bad]) },
        related,
      });
    const sum = flat.reduce((a, b) => a + b, 0);
    if (typeof predictor.num_layers === "number" && sum !== predictor.num_layers) {
      ctx.report({
        target: "model",
        pointer,
        messageId: "sum",
        data: { sum, layers: predictor.num_layers },
        hint: `Make the stages sum to ${predictor.num_layers}${example}.`,
        related,
      });
    }
  },
};
