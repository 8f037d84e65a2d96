// The --check-paths cases: each breaks one thing in a complete temporary tree (test/fs-tree.ts)
// and names the diagnostics it must produce, by rule and message id, file, pointer and line.
// Checkpoint and dataset cases have their own modules; prompt lists and named paths are here.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { CHECKPOINT_CASES } from "./fs-cases-checkpoints.js";
import { DATASET_CASES } from "./fs-cases-datasets.js";
import { FAULT_CASES } from "./fs-cases-faults.js";
import { HISTOGRAM_CASES } from "./fs-cases-histogram.js";
import { edit, type FsCase, lineOf, touch } from "./fs-tree.js";

const T2V_MODEL = "examples/stepvideo/t2v/inference_t2v_model.json";
const I2V_MODEL = "examples/stepvideo/i2v/inference_i2v_model.json";

/** One inference-prompts-images diagnostic with this messageId at the key of an inference model file. */
const atKey = (file: string, key: string, messageId: string) => (root: string) => [
  { ruleId: "inference-prompts-images", messageId, file, pointer: `/${key}`, line: lineOf(root, file, `"${key}"`) },
];

const INFERENCE_CASES: FsCase[] = [
  {
    name: "more images than prompts in i2v inference",
    breakTree: (root) => touch(root, "examples/stepvideo/i2v/images.txt", "a.png\nb.png\nc.png\n"),
    expected: atKey(I2V_MODEL, "image", "counts"),
  },
  {
    name: "a prompt list that is not there",
    breakTree: (root) => rmSync(join(root, "examples/stepvideo/t2v/prompts.txt")),
    expected: atKey(T2V_MODEL, "prompt", "promptPath"),
  },
  {
    name: "an image list that is not there",
    breakTree: (root) => rmSync(join(root, "examples/stepvideo/i2v/images.txt")),
    expected: atKey(I2V_MODEL, "image", "imagePath"),
  },
  {
    name: "two prompts for an inference run with MBS=4",
    breakTree: (root) => edit(root, "examples/stepvideo/t2v/inference_t2v.sh", "MBS=1", "MBS=4"),
    expected: atKey(T2V_MODEL, "prompt", "mbs"),
  },
  {
    name: "i2v inference with MBS=2",
    breakTree: (root) => edit(root, "examples/stepvideo/i2v/inference_i2v.sh", "MBS=1", "MBS=2"),
    expected: (root) => [
      {
        ruleId: "inference-prompts-images",
        messageId: "i2vBatch",
        file: "examples/stepvideo/i2v/inference_i2v.sh",
        pointer: "/MBS",
        line: lineOf(root, "examples/stepvideo/i2v/inference_i2v.sh", "MBS="),
      },
    ],
  },
];

const PATH_CASES: FsCase[] = [
  {
    // path-missing says it; the dataset rules have no dataset to read
    name: "a dataset that is not there",
    breakTree: (root) => rmSync(join(root, "datasets/clips/data.jsonl")),
    expected: (root) =>
      ["data.json", "data_i2v.json"].map((name) => ({
        ruleId: "path-missing",
        messageId: "path",
        file: `examples/stepvideo/feature_extract/${name}`,
        pointer: "/dataset_param/basic_parameters/data_path",
        line: lineOf(root, `examples/stepvideo/feature_extract/${name}`, '"data_path"'),
      })),
  },
  {
    name: "a VAE weight file that is not there",
    breakTree: (root) => rmSync(join(root, "ckpt/stepvideo/vae/vae_v2.safetensors")),
    expected: (root) =>
      [
        "examples/stepvideo/feature_extract/model_stepvideo.json",
        "examples/stepvideo/feature_extract/model_stepvideo_i2v.json",
        I2V_MODEL,
        T2V_MODEL,
        "examples/stepvideo/t2v/posttrain_t2v_model.json",
      ].map((file) => ({
        ruleId: "path-missing",
        messageId: "path",
        file,
        pointer: "/ae/from_pretrained",
        line: lineOf(root, file, "vae_v2.safetensors"),
      })),
  },
  {
    name: "an output folder whose parent is not there",
    breakTree: (root) => edit(root, T2V_MODEL, "./outputs/t2v/", "./results/t2v/"),
    expected: (root) => [
      {
        ruleId: "path-missing",
        messageId: "parent",
        file: T2V_MODEL,
        pointer: "/save_path",
        line: lineOf(root, T2V_MODEL, '"save_path"'),
      },
    ],
  },
];

/** Checkpoint cases first: the hint tests pick the first two. */
export const FS_CASES: FsCase[] = [
  ...CHECKPOINT_CASES,
  ...DATASET_CASES,
  ...HISTOGRAM_CASES,
  ...FAULT_CASES,
  ...INFERENCE_CASES,
  ...PATH_CASES,
];
