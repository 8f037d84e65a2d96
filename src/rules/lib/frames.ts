// Frame arithmetic of the StepVideo VAE: `frame_len`-frame chunks become `latent_len` latent frames; the README's
// frame counts per task.
import { schemaDefaults } from "../../generated/schema-defaults.js";
import type { Task } from "../../project/run-model.js";

/** The VAE's chunk length and the latent frames each chunk becomes (schema defaults of `ae`). */
export const VAE_FRAME_LEN = schemaDefaults.ae.frame_len;
export const LATENT_FRAMES_PER_CHUNK = schemaDefaults.ae.latent_len;
export const TASK_FRAMES: Record<Task, number> = { t2v: 136, i2v: 102 };

export function latentFrames(frames: number, frameLen: number = VAE_FRAME_LEN): number {
  return Math.floor(frames / frameLen) * LATENT_FRAMES_PER_CHUNK;
}

export const NUM_FRAMES_POINTER = "/dataset_param/preprocess_parameters/num_frames";
