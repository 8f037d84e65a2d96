// Branches of the run rules script-config-paths, tokenizer-length-consistency, weights-layer-count
// and world-size-divisible that the one-mistake run fixtures pass by (found by mutation testing of
// src/rules/[s-z]*.ts): config suffixes before and from 26.0.0, a config path that is a folder,
// lengths where the odd one is read first, is in a data file, ties, or has exactly three peers, and
// predictors deeper than the official weights or without the keys the rule compares. Each row edits
// the example tree and asserts the rule's diagnostics as a user reads them. File rules and rule
// settings: rules-s-z-files.test.ts.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Release } from "../src/index.js";
import { type Edit, ruleOnEditedExample } from "./edited-example.js";
import { edit, lineOf } from "./fs-tree.js";
import { exampleCopy, replaceInTree } from "./overlay-tree.js";

const EX = "examples/stepvideo";
const SCRIPT = `${EX}/t2v/pretrain_t2v.sh`;
const MODEL = `${EX}/t2v/pretrain_t2v_model.json`;
const found = ruleOnEditedExample("svc-s-z-");

describe("script-config-paths", () => {
  const DATA = "./examples/stepvideo/t2v/data_static_resolution";
  // MindSpeed-MM reads YAML configs from 26.0.0 on; before, a .yaml path loads nothing
  it.each([
    [
      "2.3.0",
      "suffix",
      `--mm-data names ${DATA}.yaml, not a .json file: MindSpeed-MM 2.3.0 loads configs only from those`,
      "Point --mm-data at the data config file itself (a .json file as in the examples).",
    ],
    [
      "26.0.0",
      "absent",
      `--mm-data names ${DATA.slice(2)}.yaml, which does not exist (paths resolve from the root .)`,
      "Scripts run from the MindSpeed-MM checkout; check the path or pass --root.",
    ],
  ])("judges a .yaml --mm-data for release %s by its suffix first", async (release, messageId, message, hint) => {
    const edits: Edit[] = [[SCRIPT, `${DATA}.json`, `${DATA}.yaml`]];
    expect(await found("script-config-paths", edits, { release: release as Release })).toEqual([
      { messageId, file: SCRIPT, pointer: "", line: 57, message, hint },
    ]);
  });

  it("reports a --mm-model that names a folder as unreadable", async () => {
    const root = exampleCopy("svc-s-z-folder-");
    try {
      mkdirSync(join(root, EX, "t2v/folder_model.json"));
      edit(root, SCRIPT, "t2v/pretrain_t2v_model.json", "t2v/folder_model.json");
      const { diagnostics } = await check({ paths: [root] });
      expect(diagnostics.filter((d) => d.ruleId === "script-config-paths")).toMatchObject([
        {
          messageId: "unreadable",
          file: SCRIPT,
          pointer: "",
          line: lineOf(root, SCRIPT, "--mm-model"),
          message: `--mm-model names ${EX}/t2v/folder_model.json, which is a directory, not a regular file: MindSpeed-MM cannot load it`,
          hint: "Point --mm-model at a regular .json file.",
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("tokenizer-length-consistency", () => {
  const FE_DATA = `${EX}/feature_extract/data.json`;
  const T2V_DATA = `${EX}/t2v/data_static_resolution.json`;
  const T2V_INFERENCE = `${EX}/t2v/inference_t2v_model.json`;
  /** stepchat's (tokenizer 0's) model_max_length in a file becomes `to`. */
  const stepchat = (file: string, to: number): Edit => [file, '"model_max_length": 320', `"model_max_length": ${to}`];
  /** stepchat's model_max_length taken out of a file (data files indent it by 8, model files by 6). */
  const unset = (file: string): Edit => {
    const indent = " ".repeat(file.endsWith("_model.json") ? 6 : 8);
    return [file, `.model",\n${indent}"model_max_length": 320`, '.model"'];
  };
  /** Three of the seven files that set stepchat's length no longer do: 4 peers remain. */
  const fourPeers = [FE_DATA, `${EX}/feature_extract/data_i2v.json`, `${EX}/i2v/data_static_resolution.json`].map(
    unset,
  );
  const differs = (file: string, pointer: string, line: number, others: string[]) => ({
    messageId: "differs",
    file,
    pointer,
    line,
    message: `tokenizer 0 pads to 256 here but to 320 in ${others.join(", ")}`,
    hint: "Use 320 everywhere (upstream: 320 for stepchat, 77 for Bert).",
  });

  it("reports the odd length in a data file read first, naming three of the six that agree", async () => {
    expect(await found("tokenizer-length-consistency", [stepchat(FE_DATA, 256)])).toEqual([
      differs(FE_DATA, "/dataset_param/tokenizer_config/0/model_max_length", 25, [
        `${EX}/feature_extract/data_i2v.json`,
        `${EX}/i2v/data_static_resolution.json`,
        `${EX}/i2v/inference_i2v_model.json`,
        "…",
      ]),
    ]);
  });

  // files without the key are no peers: 3 of 4 agree, a majority, and all three are named
  it("names exactly three agreeing files without an ellipsis", async () => {
    expect(await found("tokenizer-length-consistency", [...fourPeers, stepchat(T2V_INFERENCE, 256)])).toEqual([
      differs(T2V_INFERENCE, "/tokenizer/0/model_max_length", 40, [
        `${EX}/i2v/inference_i2v_model.json`,
        `${EX}/t2v/data_dpo.json`,
        T2V_DATA,
      ]),
    ]);
  });

  it("says nothing when two lengths are each set by half the files", async () => {
    const edits = [...fourPeers, stepchat(T2V_INFERENCE, 256), stepchat(T2V_DATA, 256)];
    expect(await found("tokenizer-length-consistency", edits)).toEqual([]);
  });
});

describe("weights-layer-count", () => {
  const predictor = (from: string, to: string): Edit => [MODEL, from, to];

  const LOADS = "the run loads a checkpoint (--load) into a predictor";
  it.each([
    [
      "says the layers past the official 48 stay random",
      predictor('"num_layers": 48', '"num_layers": 50'),
      ["layers", "num_layers", 9],
      `${LOADS} of 50 layers; converted StepVideo weights have 48, so layers 48–49 stay random`,
      "Use num_layers 48 with converted weights, or train without --load.",
    ],
    [
      "computes the width with the predictor's own head_dim",
      predictor('"head_dim": 128', '"head_dim": 64'),
      ["width", "num_heads", 10],
      `${LOADS} 3072 wide; converted StepVideo weights are 6144 wide and will not load`,
      "Use num_heads 48 and head_dim 128 with converted weights.",
    ],
  ] as [string, Edit, [string, string, number], string, string][])(
    "%s",
    async (_, change, [messageId, key, line], message, hint) => {
      expect(await found("weights-layer-count", [change])).toEqual([
        { messageId, file: MODEL, pointer: `/predictor/${key}`, line, message, hint },
      ]);
    },
  );

  // num_layers and num_heads are required (schema says so); head_dim defaults to the official 128
  it.each([
    ["num_layers", '    "num_layers": 48,\n'],
    ["num_heads", '    "num_heads": 48,\n'],
    ["head_dim", '    "head_dim": 128,\n'],
  ])("compares nothing it cannot read: a predictor without %s", async (_, line) => {
    expect(await found("weights-layer-count", [predictor(line, "")])).toEqual([]);
  });

  it("points back to a --load written without a value", async () => {
    const root = exampleCopy("svc-s-z-load-");
    try {
      replaceInTree(root, {
        [SCRIPT]: [["--load $LOAD_PATH", "--load"]],
        [MODEL]: [['"num_layers": 48', '"num_layers": 40']],
      });
      const { diagnostics } = await check({ paths: [root] });
      const weights = diagnostics.filter((d) => d.ruleId === "weights-layer-count");
      expect(weights.map((d) => [d.message, d.related])).toEqual([
        [
          `${LOADS} of 40 layers; converted StepVideo weights have 48, so layers 40–47 are dropped silently`,
          [{ file: SCRIPT, line: 52, column: 5, message: "--load is passed here" }],
        ],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("world-size-divisible", () => {
  it("multiplies PP into the product it names", async () => {
    expect(await found("world-size-divisible", [[SCRIPT, "PP=1\n", "PP=3\n"]])).toEqual([
      {
        messageId: "world",
        file: SCRIPT,
        pointer: "/TP",
        line: 17,
        message: "WORLD_SIZE 8 is not divisible by TP×PP×CP = 4×3×2 = 24",
        hint: "Make TP×PP×CP divide 8, or change NPUS_PER_NODE × NNODES to a multiple of 24.",
      },
    ]);
  });
});
