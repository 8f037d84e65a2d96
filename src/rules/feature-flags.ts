// feature-flags (R20): a feature dataset yields latents and embeddings, a raw dataset pixels and
// token ids; load_video_features/load_text_features must say which, or the DiT or the encoders
// get the wrong tensors.
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const featureFlags: RunRule = {
  meta: {
    id: "feature-flags",
    description:
      "`load_video_features` and `load_text_features` are both true iff the data file's `dataset_type` is `feature`.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    needs: ["data", "model"],
    messages: { flag: '{{key}} is {{value}} but the data file\'s dataset_type is "{{type}}" ({{meaning}})' },
  },
  check(ctx) {
    if (ctx.run.entry !== "pretrain" && ctx.run.entry !== "dpo") return;
    const model = ctx.value<ModelParts>("model");
    const type = ctx.value<DataParts>("data")?.dataset_param?.dataset_type;
    if (!model || (type !== "feature" && type !== "t2v")) return;
    const expected = type === "feature";
    for (const key of ["load_video_features", "load_text_features"] as const) {
      const value = model[key];
      if (typeof value !== "boolean" || value === expected) continue;
      ctx.report({
        target: "model",
        pointer: `/${key}`,
        messageId: "flag",
        data: {
          key,
          value: String(value),
          type,
          meaning: expected ? "extracted latents and embeddings" : "raw videos and captions",
        },
        hint: `Set ${key} ${expected} for a ${type} dataset, or point --mm-data at the matching data file.`,
        related: [
          { target: "data", pointer: "/dataset_param/dataset_type", message: `dataset_type "${type}" is set here` },
        ],
      });
    }
  },
};
