// feature-task-match (R18): i2v training needs features extracted with ae.i2v_processor (the .pt
// files then hold image_latents); t2v training needs features without them. Followed through
// the files: the training data's data_folder is the extraction tool's sorafeature.save_path.
import { featureProducers, folderKey } from "./lib/feature-folders.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

export const featureTaskMatch: RunRule = {
  meta: {
    id: "feature-task-match",
    description:
      "i2v training on features extracted without `ae.i2v_processor` (or t2v on features with it), as far as the files show.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    needs: ["task", "data"],
    messages: { mismatch: "this {{task}} run trains on features from {{folder}}, which {{script}} extracts {{how}}" },
  },
  check(ctx) {
    const { task, entry } = ctx.run;
    const folder = ctx.value<DataParts>("data")?.dataset_param;
    if ((entry !== "pretrain" && entry !== "dpo") || !task || folder?.dataset_type !== "feature") return;
    const dataFolder = folder.basic_parameters?.data_folder;
    if (typeof dataFolder !== "string") return;
    const producers = featureProducers(ctx)
      .filter((p) => p.folder === folderKey(ctx, dataFolder))
      .map((p) => p.run);
    const kinds = new Set(producers.map((r) => Boolean(ctx.valueOf<ModelParts>(r, "model")?.ae?.i2v_processor)));
    if (kinds.size !== 1) return; // no producer in the tree, or producers of both kinds: the files cannot tell
    const withImage = [...kinds][0]!;
    if (withImage === (task === "i2v")) return;
    ctx.report({
      target: "data",
      pointer: "/dataset_param/basic_parameters/data_folder",
      messageId: "mismatch",
      data: {
        task,
        folder: dataFolder,
        script: producers[0]!.script,
        how: withImage ? "with ae.i2v_processor (image latents)" : "without ae.i2v_processor (no image latents)",
      },
      hint:
        task === "i2v"
          ? "Extract with model_stepvideo_i2v.json (ae.i2v_processor) for i2v training."
          : "Extract with model_stepvideo.json (no i2v_processor) for t2v training.",
      related: [
        {
          target: "script",
          file: producers[0]!.script,
          line: producers[0]!.evaluation.launch?.line ?? 1,
          column: 1,
          message: `${producers[0]!.script} writes these features`,
        },
      ],
    });
  },
};
