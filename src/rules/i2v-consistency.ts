// i2v-consistency (R17): image conditioning doubles the DiT's input channels and adds a motion
// embedding; every switch that says t2v or i2v must agree, or the first step crashes.
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const i2vConsistency: FileRule = {
  meta: {
    id: "i2v-consistency",
    description:
      "`use_additional_conditions`, `task`, `ae.i2v_processor`, `image` and `pipeline_config.model_type` agree on t2v vs i2v.",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      training: 'predictor.use_additional_conditions is {{flag}} but task is "{{task}}"{{taskDefault}}',
      image: "a t2v inference file (use_additional_conditions false) must not set `image`",
      noImage: "predictor.use_additional_conditions is true but the inference file sets no `image`",
      processor: 'task is "i2v" and the model encodes raw video, but `ae` has no `i2v_processor`',
      modelType: 'pipeline_config.model_type is "{{modelType}}" but predictor.use_additional_conditions is {{flag}}',
    },
  },
  check(ctx) {
    const model = ctx.value<ModelParts>();
    const predictor = model.predictor;
    if (!predictor) return;
    const i2v = predictor.use_additional_conditions === true;
    if (ctx.role === "inference") {
      if (!i2v && model.image !== undefined)
        ctx.report({
          pointer: "/image",
          target: "key",
          messageId: "image",
          hint: 'Remove `image`, or set use_additional_conditions true and model_type "i2v" for an i2v model.',
        });
      if (i2v && model.image === undefined)
        ctx.report({
          pointer: "/predictor/use_additional_conditions",
          messageId: "noImage",
          hint: "Add `image` (an image file or a list of image paths), or set use_additional_conditions false for t2v.",
        });
      const modelType = model.pipeline_config?.model_type;
      if (typeof modelType === "string" && (modelType === "t2v") === i2v) {
        ctx.report({
          pointer: "/pipeline_config/model_type",
          messageId: "modelType",
          data: { modelType, flag: String(i2v) },
          severity: "warning",
          hint: `Set model_type to "${i2v ? "i2v" : "t2v"}"; it selects the prompt suffixes.`,
        });
      }
      return;
    }
    const task = model.task ?? "t2v";
    if ((task === "i2v") !== i2v) {
      ctx.report({
        pointer: "/predictor/use_additional_conditions",
        messageId: "training",
        data: { flag: String(i2v), task, taskDefault: model.task === undefined ? " (the default)" : "" },
        hint: i2v
          ? 'Set "task": "i2v" at the top level for image-to-video training.'
          : 'Set use_additional_conditions true for task "i2v", or task "t2v".',
      });
    }
    if (task === "i2v" && model.load_video_features === false && model.ae && !model.ae.i2v_processor) {
      ctx.report({
        pointer: "/ae",
        messageId: "processor",
        hint: 'Add "i2v_processor": { "processor_id": "stepvideo_i2v_processor" } to `ae`.',
      });
    }
  },
};
