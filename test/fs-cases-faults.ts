// The --check-paths cases for paths that are not what a config expects: a directory where a file
// belongs (the dataset, the checkpoint tracker, the DPO histogram, the prompt list) and a dataset
// line too long to hold. Each is a diagnostic of the rule that reads the path, never a crash.
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { edit, type FsCase, jsonl, lineOf, touch } from "./fs-tree.js";

const EXTRACTION_DATA = [
  "examples/stepvideo/feature_extract/data.json",
  "examples/stepvideo/feature_extract/data_i2v.json",
];
const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";
const IN_TP4 = ["examples/stepvideo/i2v/inference_i2v.sh", "examples/stepvideo/t2v/inference_t2v.sh", PRETRAIN];
const INFERENCE = "examples/stepvideo/t2v/inference_t2v_model.json";
const POSTTRAIN = "examples/stepvideo/t2v/posttrain_t2v_model.json";

function directoryAt(root: string, path: string): void {
  rmSync(join(root, path), { recursive: true, force: true });
  mkdirSync(join(root, path), { recursive: true });
}

export const FAULT_CASES: FsCase[] = [
  {
    name: "a config-named link to a device and a 65 MiB config, walked to, and a folder named like the model file a script names",
    breakTree: (root) => {
      symlinkSync("/dev/null", join(root, "examples/stepvideo/t2v/extra_model.json"));
      symlinkSync("/dev/zero", join(root, "examples/stepvideo/t2v/device.sh"));
      writeFileSync(join(root, "examples/stepvideo/t2v/huge_model.json"), "");
      truncateSync(join(root, "examples/stepvideo/t2v/huge_model.json"), 65 * 1024 * 1024); // sparse: no disk used
      mkdirSync(join(root, "examples/stepvideo/t2v/folder_model.json"));
      const script = join(root, PRETRAIN);
      writeFileSync(
        script,
        readFileSync(script, "utf8").replace("t2v/pretrain_t2v_model.json", "t2v/folder_model.json"),
      );
    },
    expected: (root) => [
      {
        ruleId: "script-syntax",
        messageId: "unreadable",
        file: "examples/stepvideo/t2v/device.sh",
        pointer: "",
        line: 1,
      },
      {
        ruleId: "file-read",
        messageId: "notFile",
        file: "examples/stepvideo/t2v/extra_model.json",
        pointer: "",
        line: 1,
      },
      {
        ruleId: "file-read",
        messageId: "tooLarge",
        file: "examples/stepvideo/t2v/huge_model.json",
        pointer: "",
        line: 1,
      },
      {
        ruleId: "script-config-paths",
        messageId: "unreadable",
        file: PRETRAIN,
        pointer: "",
        line: lineOf(root, PRETRAIN, "--mm-model"),
      },
    ],
  },
  {
    name: "a data_path that is a directory",
    breakTree: (root) => directoryAt(root, "datasets/clips/data.jsonl"),
    expected: (root) =>
      EXTRACTION_DATA.map((file) => ({
        ruleId: "dataset-records",
        messageId: "unreadable",
        file,
        pointer: "/dataset_param/basic_parameters/data_path",
        line: lineOf(root, file, '"data_path"'),
      })),
    said: () =>
      EXTRACTION_DATA.map(() => ({
        ruleId: "dataset-records",
        message:
          "data_path ./datasets/clips/data.jsonl is a directory, not a regular file: its records are not checked",
        hint: "data_path must name a regular file MindSpeed-MM can read: the data.jsonl, not its folder.",
      })),
  },
  {
    // one script names the folder with a trailing slash: the message joins the tracker on with one slash
    name: "a checkpoint tracker that is a directory",
    breakTree: (root) => {
      directoryAt(root, "ckpt/stepvideo/converted_tp4/latest_checkpointed_iteration.txt");
      edit(
        root,
        IN_TP4[0]!,
        'LOAD_PATH="./ckpt/stepvideo/converted_tp4"',
        'LOAD_PATH="./ckpt/stepvideo/converted_tp4/"',
      );
    },
    expected: (root) =>
      IN_TP4.map((file) => ({
        ruleId: "load-path-checkpoint",
        messageId: "unreadable",
        file,
        pointer: "/LOAD_PATH",
        line: lineOf(root, file, "LOAD_PATH="),
      })),
    said: () =>
      IN_TP4.map(() => ({
        ruleId: "load-path-checkpoint",
        message: "./ckpt/stepvideo/converted_tp4/latest_checkpointed_iteration.txt is a directory, not a regular file",
        hint: 'latest_checkpointed_iteration.txt is a small text file holding "release" or an iteration number.',
      })),
  },
  {
    name: "a prompt list and a DPO histogram that are directories",
    breakTree: (root) => {
      directoryAt(root, "examples/stepvideo/t2v/prompts.txt");
      directoryAt(root, "../hist-dir.json");
      const model = join(root, POSTTRAIN);
      const text = readFileSync(model, "utf8");
      writeFileSync(model, text.replace("./datasets/dpo/video_score_histogram.json", "../hist-dir.json"));
    },
    expected: (root) => [
      {
        ruleId: "inference-prompts-images",
        messageId: "unreadable",
        file: INFERENCE,
        pointer: "/prompt",
        line: lineOf(root, INFERENCE, '"prompt"'),
      },
      {
        ruleId: "dpo-histogram",
        messageId: "unreadable",
        file: POSTTRAIN,
        pointer: "/dpo/histogram_path",
        line: lineOf(root, POSTTRAIN, "histogram_path"),
      },
    ],
    said: () => [
      {
        ruleId: "inference-prompts-images",
        message: "prompt ./examples/stepvideo/t2v/prompts.txt is a directory, not a regular file",
        hint: "Name a text file with one entry per line.",
      },
      {
        ruleId: "dpo-histogram",
        message: "dpo.histogram_path ../hist-dir.json is a directory, not a regular file",
        hint: "Point it at the video_score_histogram.json file histogram_generator.py writes.",
      },
    ],
  },
  {
    name: "a dataset line longer than 64 Mi characters, skipped unread with the lines after it still counted",
    breakTree: (root) => {
      const long = `{"file": "videos/clip_0.mp4", "captions": "${"x".repeat(64 * 1024 * 1024)}"}`;
      const before = jsonl([{ file: "videos/clip_0.mp4", captions: "a" }]);
      const after = jsonl([{ file: "videos/none.mp4", captions: "b" }]);
      touch(root, "datasets/clips/data.jsonl", `${before}${long}\n${after}`);
    },
    expected: (root) => [
      { ruleId: "dataset-records", messageId: "lineTooLong", file: "datasets/clips/data.jsonl", pointer: "", line: 2 },
      { ruleId: "dataset-files", messageId: "missing", file: "datasets/clips/data.jsonl", pointer: "/file", line: 3 },
      // two readable records are fewer than MBS×DP = 8 for the extraction runs
      ...EXTRACTION_DATA.map((file) => ({
        ruleId: "dataset-size-vs-batch",
        messageId: "small",
        file,
        pointer: "/dataloader_param/drop_last",
        line: lineOf(root, file, '"drop_last"'),
      })),
    ],
  },
];
