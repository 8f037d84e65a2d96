// ae-float32-patch (R34): the ae_float32 patch keeps module.ae in fp32, so with an fp32 VAE it
// needs the VAE to exist, i.e. raw video (load_video_features false).
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

const FP32 = ["float32", "fp32"];

export const aeFloat32Patch: FileRule = {
  meta: {
    id: "ae-float32-patch",
    description:
      "`patch.ae_float32` with an fp32 `ae.dtype` needs `load_video_features: false` (the patch touches module.ae).",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      features:
        'patch.ae_float32 is on with ae.dtype "{{dtype}}", but load_video_features is true: no VAE is built for the patch to keep in fp32',
    },
  },
  check(ctx) {
    const model = ctx.value<ModelParts>();
    const dtype = model.ae?.dtype;
    if (
      !model.patch?.ae_float32 ||
      typeof dtype !== "string" ||
      !FP32.includes(dtype) ||
      model.load_video_features !== true
    )
      return;
    ctx.report({
      pointer: "/patch/ae_float32",
      messageId: "features",
      data: { dtype },
      hint: "Remove the patch when training on extracted features, or set load_video_features false.",
    });
  },
};
