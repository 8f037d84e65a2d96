// cp-divides-latent-frames (R11): context parallelism splits the latent frames across CP ranks;
// a count CP does not divide fails in the split ("not a multiple of world size").
import { divisors, formatSet } from "./lib/arithmetic.js";
import { LATENT_FRAMES_PER_CHUNK, latentFrames, NUM_FRAMES_POINTER, VAE_FRAME_LEN } from "./lib/frames.js";
import { cpDividesLatent } from "./lib/layout-checks.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

const CHUNK = `${VAE_FRAME_LEN}×${LATENT_FRAMES_PER_CHUNK}`;

export const cpDividesLatentFrames: RunRule = {
  meta: {
    id: "cp-divides-latent-frames",
    description:
      `With CP > 1 the latent frame count (num_frames/${CHUNK}; inference input_size[0]/${CHUNK}) ` +
      "must be divisible by CP.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["CP", "entry"],
    messages: { latent: "{{frames}} frames make {{latent}} latent frames, which CP = {{cp}} does not divide" },
  },
  check(ctx) {
    const cp = ctx.known("CP");
    if (cp <= 1) return;
    const model = ctx.value<ModelParts>("model");
    const frameLen = typeof model?.ae?.frame_len === "number" ? model.ae.frame_len : undefined;
    const inference = ctx.run.entry === "inference";
    const frames = inference
      ? model?.pipeline_config?.input_size?.[0]
      : ctx.value<DataParts>("data")?.dataset_param?.preprocess_parameters?.num_frames;
    if (typeof frames !== "number") return;
    const latent = latentFrames(frames, frameLen);
    if (cpDividesLatent(latent, cp)) return;
    ctx.report({
      target: inference ? "model" : "data",
      pointer: inference ? "/pipeline_config/input_size/0" : NUM_FRAMES_POINTER,
      messageId: "latent",
      data: { frames, latent, cp: cp },
      hint: `use CP in ${formatSet(divisors(latent))} for ${latent} latent frames`,
      related: ctx.setAt("CP"),
    });
  },
};
