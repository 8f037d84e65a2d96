// Which job a launch script starts (from the Python file it runs) and which task (t2v/i2v) the
// run trains or samples (from the model file, else the paths).
import { posix } from "node:path";
import type { EntryPoint, Task } from "./run-model.js";

export const ENTRY_FILES: Record<string, EntryPoint> = {
  "pretrain_sora.py": "pretrain",
  "posttrain_sora_dpo.py": "dpo",
  "posttrain_stepvideo_dpo.py": "dpo",
  "inference_sora.py": "inference",
  "get_sora_feature.py": "feature-extraction",
};

export function entryPoint(pythonFile: string): EntryPoint | undefined {
  return ENTRY_FILES[posix.basename(pythonFile.replace(/\\/g, "/"))];
}

/** The task a model file states, and which key states it. */
export function taskOfModel(model: unknown): { task: Task; source: string } | undefined {
  if (!model || typeof model !== "object") return undefined;
  const m = model as Record<string, unknown>;
  if (m.task === "i2v" || m.task === "t2v") return { task: m.task, source: "`task` in the model file" };
  const pipeline = m.pipeline_config as Record<string, unknown> | undefined;
  if (typeof m.pipeline_class === "string" && pipeline && typeof pipeline.model_type === "string") {
    return {
      task: pipeline.model_type === "t2v" ? "t2v" : "i2v",
      source: "`pipeline_config.model_type` in the model file",
    };
  }
  const ae = m.ae as Record<string, unknown> | undefined;
  if (ae?.i2v_processor) return { task: "i2v", source: "`ae.i2v_processor` in the model file" };
  if (ae && m.predictor === undefined)
    return { task: "t2v", source: "the extraction model file (no `ae.i2v_processor`)" };
  const predictor = m.predictor as Record<string, unknown> | undefined;
  if (predictor && typeof predictor.use_additional_conditions === "boolean") {
    return {
      task: predictor.use_additional_conditions ? "i2v" : "t2v",
      source: "`predictor.use_additional_conditions` in the model file",
    };
  }
  return undefined;
}

// The task as a whole part of a path between separators: tested, not split (validate() asks on
// every call).
const I2V_PART = /(?:^|[/\\_.-])i2v(?:$|[/\\_.-])/i;
const T2V_PART = /(?:^|[/\\_.-])t2v(?:$|[/\\_.-])/i;

/** t2v or i2v from a path such as examples/stepvideo/i2v/… or data_i2v.json. */
export function taskOfPath(path: string): Task | undefined {
  if (I2V_PART.test(path)) return "i2v";
  if (T2V_PART.test(path)) return "t2v";
  return undefined;
}
