// Builds, in a temporary folder, a copy of the shipped example tree with everything its configs
// point at: weights, tokenizers, converted checkpoints for each run's TP, datasets with their
// videos and features, the DPO histogram. Tests of --check-paths break one thing at a time.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Diagnostic } from "../src/index.js";
import { exampleCopy } from "./overlay-tree.js";

/** A --check-paths case: break the materialized tree, expect exactly these diagnostics. */
export interface FsCase {
  name: string;
  breakTree(root: string): void;
  expected(root: string): Pick<Diagnostic, "ruleId" | "messageId" | "file" | "pointer" | "line">[];
  /** Where the case pins the wording: the same diagnostics as the user reads them, in order. */
  said?(root: string): Worded[];
}

/** A diagnostic's text: message, hint and related locations (as `file:line message`). */
export interface Worded {
  ruleId: string;
  message: string;
  hint?: string;
  related?: string[];
}

/** The 1-based line of the first line of a file in the tree that contains the text. */
export const lineOf = (root: string, file: string, text: string) =>
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(text)) + 1;

/** Replaces the first occurrence of a text in a file of the tree (which must contain it). */
export function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(join(root, file), text.replace(from, to));
}

export function touch(root: string, path: string, content = ""): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

export function checkpoint(root: string, path: string, tp: number, tracker = "release"): void {
  touch(root, `${path}/latest_checkpointed_iteration.txt`, tracker);
  for (let t = 0; t < tp; t++)
    touch(root, `${path}/release/mp_rank_${String(t).padStart(2, "0")}/model_optim_rng.pt`, "weights");
}

export function jsonl(records: unknown[]): string {
  return `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
}

export function materializedExample(): string {
  const root = exampleCopy("svc-paths-");
  const w = "ckpt/stepvideo";
  for (const f of ["step_llm/step1_chat_tokenizer.model", "vae/vae_v2.safetensors"]) touch(root, `${w}/${f}`, "x");
  for (const d of ["step_llm", "hunyuan_clip/tokenizer", "hunyuan_clip/clip_text_encoder"])
    mkdirSync(join(root, w, d), { recursive: true });
  checkpoint(root, `${w}/converted_tp4`, 4);
  checkpoint(root, `${w}/converted_tp8`, 8);
  const clips = Array.from({ length: 8 }, (_, i) => ({
    file: `videos/clip_${i}.mp4`,
    captions: [`一段视频 ${i}`, `clip ${i}`],
  }));
  touch(root, "datasets/clips/data.jsonl", jsonl(clips));
  for (const c of clips) touch(root, `datasets/clips/${c.file}`);
  const features = clips.map((c) => ({ ...c, file: `features/${c.file.split("/").pop()!.replace(/\./g, "_")}.pt` }));
  touch(root, "sora_features/data.jsonl", jsonl(features));
  for (const f of features) touch(root, `sora_features/${f.file}`);
  const pairs = [0, 1].map((i) => ({
    file: `./video_${i}a.mp4`,
    file_rejected: `./video_${i}b.mp4`,
    captions: `prompt ${i}`,
    score: 0.9,
    score_rejected: 0.2,
  }));
  touch(root, "datasets/dpo/data.jsonl", jsonl(pairs));
  for (const p of pairs) for (const f of [p.file, p.file_rejected]) touch(root, `outputs/dpo_videos/${f}`);
  touch(
    root,
    "datasets/dpo/video_score_histogram.json",
    JSON.stringify({
      "0.0-0.1": 1,
      "0.8-0.9": 1,
      total_num: 2,
      max_num: 1,
      min_bin: 0,
      max_bin: 0.9,
      bin_width: 0.1,
      bin_size: 2,
    }),
  );
  return root;
}
