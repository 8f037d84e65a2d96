// inference-prompts-images (R39, R40): prompt and image lists are matched one to one after
// repetition, prompts are batched by MBS, and a missing prompt file silently becomes the prompt
// text itself (a missing image list means no image at all).
import { existsSync } from "node:fs";
import { extname } from "node:path";
import { describeFault, type FileFault, readText } from "../fs/safe-read.js";
import { resolveFromRoot } from "../project/paths.js";
import type { ModelParts } from "./lib/model-parts.js";
import type { FsRule } from "./rule-types.js";

const MAX_LINES = 100;

async function listLength(path: string): Promise<number | FileFault> {
  const read = await readText(path);
  if (!read.ok) return read.fault;
  const lines = read.text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return Math.min(lines.length, MAX_LINES);
}

export const inferencePromptsImages: FsRule = {
  meta: {
    id: "inference-prompts-images",
    description:
      "`prompt` / `image` list files missing (a missing prompt path becomes the literal prompt), counts differ, prompts not a multiple of MBS.",
    severity: "warning",
    scope: "fs",
    stage: "semantic",
    entries: ["inference"],
    needs: ["model"],
    messages: {
      promptPath: "prompt {{path}} does not exist, so the path itself is used as the prompt text",
      imagePath: "image {{path}} does not exist: the pipeline runs without an image",
      counts:
        "{{prompts}} prompts but {{images}} images (after repeating each {{times}}×): the pipeline asserts they are equal",
      mbs: "{{prompts}} prompts are not a multiple of MBS = {{mbs}}",
      i2vBatch: "i2v inference with MBS = {{mbs}} uses the first image of each batch for all its prompts",
      unreadable: "{{key}} {{path}} {{problem}}",
    },
  },
  async check(ctx) {
    const model = ctx.value<ModelParts>("model");
    if (ctx.run.entry !== "inference" || !model || !ctx.fs) return;
    const times = model.num_inference_videos_per_sample ?? 1;
    const mbs = ctx.run.parallel.MBS.value;
    const count = async (key: "prompt" | "image", path: string, value: string): Promise<number | undefined> => {
      const n = await listLength(path);
      if (typeof n === "number") return n * times;
      ctx.report({
        target: "model",
        pointer: `/${key}`,
        messageId: "unreadable",
        data: { key, path: value, problem: describeFault(n) },
        hint: "Name a text file with one entry per line.",
      });
      return undefined;
    };
    let prompts: number | undefined;
    if (typeof model.prompt === "string") {
      const path = resolveFromRoot(ctx.fs.root, model.prompt);
      if (existsSync(path)) prompts = await count("prompt", path, model.prompt);
      else if (/\.txt$|[/\\]/.test(model.prompt))
        ctx.report({
          target: "model",
          pointer: "/prompt",
          messageId: "promptPath",
          data: { path: model.prompt },
          hint: "Fix the path; MindSpeed-MM does not report it.",
        });
      else prompts = times;
    }
    let images: number | undefined;
    if (typeof model.image === "string") {
      const path = resolveFromRoot(ctx.fs.root, model.image);
      if (!existsSync(path))
        ctx.report({
          target: "model",
          pointer: "/image",
          messageId: "imagePath",
          data: { path: model.image },
          hint: "Fix the path: an i2v model without an image fails.",
        });
      else images = extname(path).toLowerCase() === ".txt" ? await count("image", path, model.image) : times;
    }
    if (prompts !== undefined && images !== undefined && prompts !== images)
      ctx.report({
        target: "model",
        pointer: "/image",
        messageId: "counts",
        data: { prompts, images, times },
        hint: "List one image per prompt.",
      });
    if (prompts !== undefined && mbs !== null && prompts % mbs !== 0)
      ctx.report({
        target: "model",
        pointer: "/prompt",
        messageId: "mbs",
        data: { prompts, mbs },
        hint: `Use a multiple of ${mbs} prompts, or MBS=1.`,
        related: ctx.setAt("MBS"),
      });
    if (model.image !== undefined && mbs !== null && mbs > 1)
      ctx.report({
        ...ctx.atVariable("MBS"),
        messageId: "i2vBatch",
        data: { mbs },
        hint: "Use MBS=1 for i2v inference.",
      });
  },
};
