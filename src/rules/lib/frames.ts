// Frame arithmetic of the StepVideo VAE: 17-frame chunks become 3 latent frames; the README's
// frame counts per task.
import type { Task } from "../../project/run-model.js";

export const VAE_FRAME_LEN = 17;
export const LATENT_FRAMES_PER_CHUNK = 3;
export const TASK_FRAMES: Record<Task, number> = { t2v: 136, i2v: 102 };

export function latentFrames(frames: number, frameLen = VAE_FRAME_LEN): number {
  return Math.floor(frames / frameLen) * LATENT_FRAMES_PER_CHUNK;
}

export const NUM_FRAMES_POINTER = "/dataset_param/preprocess_parameters/num_frames";
