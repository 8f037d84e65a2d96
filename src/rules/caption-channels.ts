// caption-channels (R8): the DiT projects the StepLLm and CLIP embeddings with layers sized by
// caption_channels; they must be the encoders' hidden sizes (lib/text-encoders.ts).

import type { ModelParts } from "./lib/model-parts.js";
import { STEPVIDEO_CAPTION_CHANNELS } from "./lib/text-encoders.js";
import type { FileRule } from "./rule-types.js";

export const captionChannels: FileRule = {
  meta: {
    id: "caption-channels",
    description: `\`predictor.caption_channels\` must be the hidden sizes of the two text encoders, ${JSON.stringify(STEPVIDEO_CAPTION_CHANNELS)}.`,
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: { mismatch: "caption_channels is {{actual}}; StepLLm and CLIP embeddings are {{expected}} wide" },
  },
  check(ctx) {
    const channels = ctx.value<ModelParts>().predictor?.caption_channels;
    if (channels === undefined || channels === null) return;
    const expected = STEPVIDEO_CAPTION_CHANNELS;
    const same =
      Array.isArray(channels) && channels.length === expected.length && channels.every((c, i) => c === expected[i]);
    if (same) return;
    ctx.report({
      pointer: "/predictor/caption_channels",
      messageId: "mismatch",
      data: { actual: JSON.stringify(channels), expected: JSON.stringify(expected) },
      hint: `Set caption_channels to ${JSON.stringify(expected)}.`,
    });
  },
};
