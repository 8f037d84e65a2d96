// num-frames-task: the README documents 136 frames for t2v and 102 for i2v; other counts do not
// match the shipped checkpoints' training setup and the latent shapes the runs assume.
import { NUM_FRAMES_POINTER, TASK_FRAMES } from "./lib/frames.js";
import type { DataParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const numFramesTask: FileRule = {
  meta: {
    id: "num-frames-task",
    description:
      "`num_frames` is the documented value for the task: t2v 136, i2v 102 (task from the paired model file, the script, or the file name).",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo"],
    messages: { task: "num_frames {{frames}} is not the {{task}} frame count {{expected}} (task from {{source}})" },
  },
  check(ctx) {
    const frames = ctx.value<DataParts>().dataset_param?.preprocess_parameters?.num_frames;
    if (typeof frames !== "number" || !ctx.task) return;
    const expected = TASK_FRAMES[ctx.task.task];
    if (frames === expected) return;
    ctx.report({
      pointer: NUM_FRAMES_POINTER,
      messageId: "task",
      data: { frames, task: ctx.task.task, expected, source: ctx.task.source },
      hint:
        `StepVideo ${ctx.task.task} uses ${expected} frames. For a deliberate other multiple of the VAE chunk ` +
        'length, relax this rule: `--rule num-frames-task=warning`, or `"rules": { "num-frames-task": "off" }` in stepvideo-config.json.',
    });
  },
};
