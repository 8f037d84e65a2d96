// inference-input-size (R14): the pipeline floors frames to a multiple of `ae.frame_len` and height/width to
// multiples of 16 without saying so; the video you get is not the size you asked for.

import { VAE_FRAME_LEN } from "./lib/frames.js";
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

const PARTS = [
  { index: 0, name: "frames", multiple: VAE_FRAME_LEN },
  { index: 1, name: "height", multiple: 16 },
  { index: 2, name: "width", multiple: 16 },
];

export const inferenceInputSize: FileRule = {
  meta: {
    id: "inference-input-size",
    description: `\`pipeline_config.input_size\`: frames a multiple of ${VAE_FRAME_LEN}, height and width multiples of 16 (else silently floored).`,
    severity: "warning",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      floored:
        "input_size {{name}} {{value}} is not a multiple of {{multiple}}; the pipeline silently uses {{floored}}",
    },
  },
  check(ctx) {
    const size = ctx.value<ModelParts>().pipeline_config?.input_size;
    if (!Array.isArray(size)) return;
    for (const { index, name, multiple } of PARTS) {
      const value = size[index];
      if (typeof value !== "number" || value % multiple === 0) continue;
      const floored = Math.floor(value / multiple) * multiple;
      ctx.report({
        pointer: `/pipeline_config/input_size/${index}`,
        messageId: "floored",
        data: { name, value, multiple, floored },
        hint: `Use ${floored || multiple} or ${floored + multiple}.`,
      });
    }
  },
};
