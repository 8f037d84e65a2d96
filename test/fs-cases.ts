// The --check-paths cases: each breaks one thing in a complete temporary tree (test/fs-tree.ts)
// and names the diagnostics it must produce, by rule id, file, pointer and line.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../src/index.js";
import { checkpoint, jsonl, touch } from "./fs-tree.js";

const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";
const lineOf = (root: string, file: string, text: string) =>
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(text)) + 1;

/** One case per fs rule: break the materialized tree, expect exactly these diagnostics. */
export const FS_CASES: {
  name: string;
  rules: string[];
  breakTree(root: string): void;
  expected(root: string): Omit<Diagnostic, "severity" | "column" | "message">[];
}[] = [
  {
    name: "a checkpoint split for TP=8 loaded by a TP=4 run",
    rules: ["load-path-checkpoint"],
    breakTree: (root) => {
      rmSync(join(root, "ckpt/stepvideo/converted_tp4"), { recursive: true });
      checkpoint(root, "ckpt/stepvideo/converted_tp4", 8);
    },
    // every TP=4 run loads converted_tp4: both inference scripts and t2v pretraining
    expected: (root) =>
      ["examples/stepvideo/i2v/inference_i2v.sh", "examples/stepvideo/t2v/inference_t2v.sh", PRETRAIN].map((file) => ({
        ruleId: "load-path-checkpoint",
        messageId: "layout",
        file,
        pointer: "/LOAD_PATH",
        line: lineOf(root, file, "LOAD_PATH="),
      })),
  },
  {
    name: "a tracker file with the README's plural spelling",
    rules: ["load-path-checkpoint"],
    breakTree: (root) => {
      const dir = join(root, "ckpt/stepvideo/converted_tp8");
      writeFileSync(join(dir, "latest_checkpointed_iterations.txt"), "release");
      rmSync(join(dir, "latest_checkpointed_iteration.txt"));
    },
    expected: (root) =>
      ["examples/stepvideo/i2v/pretrain_i2v.sh", "examples/stepvideo/t2v/posttrain_t2v_dpo.sh"].map((file) => ({
        ruleId: "load-path-checkpoint",
        messageId: "noTracker",
        file,
        pointer: "/LOAD_PATH",
        line: lineOf(root, file, "LOAD_PATH="),
      })),
  },
  {
    name: "a raw record without captions and one naming a missing video",
    rules: ["dataset-records", "dataset-files"],
    breakTree: (root) => {
      const lines = readFileSync(join(root, "datasets/clips/data.jsonl"), "utf8").split("\n");
      lines[1] = JSON.stringify({ file: "videos/clip_1.mp4" });
      lines[4] = JSON.stringify({ file: "videos/missing.mp4", captions: "x" });
      writeFileSync(join(root, "datasets/clips/data.jsonl"), lines.join("\n"));
    },
    expected: () => [
      { ruleId: "dataset-records", messageId: "missing", file: "datasets/clips/data.jsonl", pointer: "", line: 2 },
      { ruleId: "dataset-files", messageId: "missing", file: "datasets/clips/data.jsonl", pointer: "/file", line: 5 },
    ],
  },
  {
    name: "a DPO record without file_rejected and a histogram without bin_width",
    rules: ["dpo-histogram"],
    breakTree: (root) => {
      touch(
        root,
        "datasets/dpo/data.jsonl",
        jsonl([
          { file: "./video_0a.mp4", captions: "p", score: 0.9, score_rejected: 0.1 },
          { file: "./video_1a.mp4", file_rejected: "./video_1b.mp4", captions: "q", score: 0.8, score_rejected: 0.3 },
        ]),
      );
      touch(root, "datasets/dpo/video_score_histogram.json", JSON.stringify({ total_num: 2, max_num: 1 }));
    },
    // the histogram also sits in the checked tree: its own schema reports the missing key, once
    expected: () => [
      { ruleId: "dataset-records", messageId: "missing", file: "datasets/dpo/data.jsonl", pointer: "", line: 1 },
      {
        ruleId: "schema",
        messageId: "required",
        file: "datasets/dpo/video_score_histogram.json",
        pointer: "",
        line: 1,
      },
    ],
  },
  {
    name: "a histogram outside the checked tree without bin_width, and without max_num while weight_beta is null",
    rules: ["dpo-histogram"],
    breakTree: (root) => {
      touch(root, "../histograms-elsewhere/h.json", JSON.stringify({ total_num: 2 }));
      const model = join(root, "examples/stepvideo/t2v/posttrain_t2v_model.json");
      writeFileSync(
        model,
        readFileSync(model, "utf8").replace(
          "./datasets/dpo/video_score_histogram.json",
          "../histograms-elsewhere/h.json",
        ),
      );
    },
    expected: () => [
      { ruleId: "dpo-histogram", messageId: "lacks", file: "../histograms-elsewhere/h.json", pointer: "", line: 1 },
      { ruleId: "dpo-histogram", messageId: "lacks", file: "../histograms-elsewhere/h.json", pointer: "", line: 1 },
    ],
  },
  {
    name: "fewer records than MBS×DP with drop_last",
    rules: ["dataset-size-vs-batch"],
    breakTree: (root) =>
      touch(root, "datasets/clips/data.jsonl", jsonl([{ file: "videos/clip_0.mp4", captions: "x" }])),
    // both extraction data files read datasets/clips/data.jsonl with DP = 8
    expected: (root) =>
      ["examples/stepvideo/feature_extract/data.json", "examples/stepvideo/feature_extract/data_i2v.json"].map(
        (file) => ({
          ruleId: "dataset-size-vs-batch",
          messageId: "small",
          file,
          pointer: "/dataloader_param/drop_last",
          line: lineOf(root, file, '"drop_last"'),
        }),
      ),
  },
  {
    name: "two videos with the same basename in feature extraction",
    rules: ["feature-basename-collision"],
    breakTree: (root) => {
      touch(root, "datasets/clips/other/clip_0.mp4");
      const text = readFileSync(join(root, "datasets/clips/data.jsonl"), "utf8");
      writeFileSync(
        join(root, "datasets/clips/data.jsonl"),
        `${text + JSON.stringify({ file: "other/clip_0.mp4", captions: "dup" })}\n`,
      );
    },
    expected: () => [
      {
        ruleId: "feature-basename-collision",
        messageId: "collision",
        file: "datasets/clips/data.jsonl",
        pointer: "/file",
        line: 9,
      },
    ],
  },
  {
    name: "more images than prompts in i2v inference",
    rules: ["inference-prompts-images"],
    breakTree: (root) => touch(root, "examples/stepvideo/i2v/images.txt", "a.png\nb.png\nc.png\n"),
    expected: (root) => [
      {
        ruleId: "inference-prompts-images",
        messageId: "counts",
        file: "examples/stepvideo/i2v/inference_i2v_model.json",
        pointer: "/image",
        line: lineOf(root, "examples/stepvideo/i2v/inference_i2v_model.json", '"image"'),
      },
    ],
  },
  {
    name: "a VAE weight file that is not there",
    rules: ["path-missing"],
    breakTree: (root) => rmSync(join(root, "ckpt/stepvideo/vae/vae_v2.safetensors")),
    expected: (root) =>
      [
        "examples/stepvideo/feature_extract/model_stepvideo.json",
        "examples/stepvideo/feature_extract/model_stepvideo_i2v.json",
        "examples/stepvideo/i2v/inference_i2v_model.json",
        "examples/stepvideo/t2v/inference_t2v_model.json",
        "examples/stepvideo/t2v/posttrain_t2v_model.json",
      ].map((file) => ({
        ruleId: "path-missing",
        messageId: "path",
        file,
        pointer: "/ae/from_pretrained",
        line: lineOf(root, file, "vae_v2.safetensors"),
      })),
  },
];
