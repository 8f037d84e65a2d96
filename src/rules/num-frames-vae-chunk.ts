// num-frames-vae-chunk (R12): the VAE encodes `ae.frame_len`-frame chunks; a remainder crashes the encoder or
// changes the latent count the pipeline and context parallelism assume.
import { NUM_FRAMES_POINTER, VAE_FRAME_LEN } from "./lib/frames.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const numFramesVaeChunk: FileRule = {
  meta: {
    id: "num-frames-vae-chunk",
    description: `\`num_frames\` must be a multiple of \`ae.frame_len\` (${VAE_FRAME_LEN}): the VAE encodes ${VAE_FRAME_LEN}-frame chunks.`,
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo"],
    messages: { chunk: "num_frames {{frames}} is not a multiple of the VAE chunk length {{len}}{{lenSource}}" },
  },
  check(ctx) {
    const frames = ctx.value<DataParts>().dataset_param?.preprocess_parameters?.num_frames;
    if (typeof frames !== "number") return;
    const paired = ctx.runs
      .map((r) => ctx.pairedValue<ModelParts>(r, "model")?.ae?.frame_len)
      .find((v) => typeof v === "number");
    const len = paired ?? VAE_FRAME_LEN;
    if (frames % len === 0) return;
    const lower = Math.floor(frames / len) * len;
    ctx.report({
      pointer: NUM_FRAMES_POINTER,
      messageId: "chunk",
      data: { frames, len, lenSource: paired !== undefined ? " (ae.frame_len of the paired model file)" : "" },
      hint: `Use ${lower > 0 ? `${lower} or ` : ""}${lower + len}.`,
    });
  },
};
