// frame-size-multiple (R13): the VAE compresses space 16×; the pipeline's tensor shapes assume
// max_height/16 and max_width/16.
import type { DataParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

const SPATIAL = 16;

export const frameSizeMultiple: FileRule = {
  meta: {
    id: "frame-size-multiple",
    description: "`max_height` and `max_width` should be multiples of 16 (the VAE's spatial compression).",
    severity: "warning",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo"],
    messages: { size: "{{key}} {{value}} is not a multiple of {{spatial}}" },
  },
  check(ctx) {
    const pre = ctx.value<DataParts>().dataset_param?.preprocess_parameters;
    if (!pre) return;
    for (const key of ["max_height", "max_width"] as const) {
      const value = pre[key];
      if (typeof value !== "number" || value % SPATIAL === 0) continue;
      const lower = Math.floor(value / SPATIAL) * SPATIAL;
      ctx.report({
        pointer: `/dataset_param/preprocess_parameters/${key}`,
        messageId: "size",
        data: { key, value, spatial: SPATIAL },
        hint: `Use ${lower} or ${lower + SPATIAL}.`,
      });
    }
  },
};
