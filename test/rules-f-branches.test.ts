// Branches of the rules feature-basename-collision, feature-data-paths, feature-task-match,
// file-read and frame-size-multiple that the one-mistake fixtures pass by (found by mutation
// testing of src/rules/f*.ts): a DPO run on features, the save_path named when data_folder picks
// one of several extraction folders, data files the rules have nothing to judge in, the wording of
// unreadable config files (a device, a read that fails) and of a basename collision's hint. Each
// row asserts the diagnostics a user reads.
import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check, validateText } from "../src/index.js";
import { type Edit, ruleOnEditedExample } from "./edited-example.js";
import { fixturesDir } from "./fixture-cases.js";
import { jsonl, materializedExample, touch } from "./fs-tree.js";
import { exampleCopy, replaceInTree } from "./overlay-tree.js";

const EX = "examples/stepvideo";
const EXTRACT = `${EX}/feature_extract`;
const I2V_DATA = `${EX}/i2v/data_static_resolution.json`;
const T2V_DATA = `${EX}/t2v/data_static_resolution.json`;
const found = ruleOnEditedExample("svc-f-");
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** One rule's diagnostics on a tree (removed after the file's tests) as a user reads them. */
async function said(ruleId: string, root: string, checkPaths = false) {
  roots.push(root);
  return (await check({ paths: [root], checkPaths })).diagnostics
    .filter((d) => d.ruleId === ruleId)
    .map(({ messageId, file, pointer, line, message, hint, related }) => ({
      messageId,
      file,
      pointer,
      line,
      message,
      ...(hint !== undefined ? { hint } : {}),
      ...(related ? { related: related.map((r) => `${r.file}:${r.line} ${r.message}`) } : {}),
    }));
}

/** The DPO run trains on the i2v feature data; the i2v pretrain run reads the t2v one instead. */
const dpoOnFeatures: Edit[] = [
  [`${EX}/t2v/posttrain_t2v_dpo.sh`, "t2v/data_dpo.json", "i2v/data_static_resolution.json"],
  [`${EX}/i2v/pretrain_i2v.sh`, "i2v/data_static_resolution.json", "t2v/data_static_resolution.json"],
];

describe("feature-data-paths", () => {
  it("checks a DPO run that trains on features", async () => {
    const folder: Edit = [I2V_DATA, '"data_folder": "./sora_features/"', '"data_folder": "./features/"'];
    expect(await found("feature-data-paths", [...dpoOnFeatures, folder])).toEqual([
      {
        messageId: "folder",
        file: I2V_DATA,
        pointer: "/dataset_param/basic_parameters/data_folder",
        line: 6,
        message: "data_folder ./features/ is not where feature extraction writes: ./sora_features",
        hint: "Set data_folder to ./sora_features.",
      },
    ]);
  });

  it("names only the save_path of the extraction folder data_folder picks for a wrong data_path", async () => {
    const root = exampleCopy("svc-f-folders-");
    const tools = `${EXTRACT}/tools_i2v.json`;
    const shared = readFileSync(join(root, "mindspeed_mm/tools/tools.json"), "utf8");
    writeFileSync(join(root, tools), shared.replace("./sora_features", "./i2v_features"));
    replaceInTree(root, {
      [`${EXTRACT}/feature_extraction_i2v.sh`]: [["./mindspeed_mm/tools/tools.json", `./${tools}`]],
      [T2V_DATA]: [
        ['"data_path": "./sora_features/data.jsonl"', '"data_path": "./other/data.jsonl"'],
        ['"data_folder": "./sora_features/"', '"data_folder": "./i2v_features/"'],
      ],
    });
    expect(await said("feature-data-paths", root)).toEqual([
      {
        messageId: "path",
        file: T2V_DATA,
        pointer: "/dataset_param/basic_parameters/data_path",
        line: 5,
        message:
          "data_path ./other/data.jsonl is not the data.jsonl feature extraction writes: ./i2v_features/data.jsonl",
        hint: "Set data_path to ./i2v_features/data.jsonl.",
        related: [`${tools}:30 ${EXTRACT}/feature_extraction_i2v.sh writes features to ./i2v_features`],
      },
    ]);
  });
});

describe("feature-task-match", () => {
  it("checks a DPO run that trains on features", async () => {
    // both extraction runs use the i2v model: ./sora_features holds image latents
    const i2vOnly: Edit = [`${EXTRACT}/feature_extraction.sh`, "/model_stepvideo.json", "/model_stepvideo_i2v.json"];
    expect(await found("feature-task-match", [...dpoOnFeatures, i2vOnly])).toEqual(
      [I2V_DATA, T2V_DATA].map((file) => ({
        messageId: "mismatch",
        file,
        pointer: "/dataset_param/basic_parameters/data_folder",
        line: 6,
        message: `this t2v run trains on features from ./sora_features/, which ${EXTRACT}/feature_extraction.sh extracts with ae.i2v_processor (image latents)`,
        hint: "Extract with model_stepvideo.json (no i2v_processor) for t2v training.",
      })),
    );
  });
});

describe("frame-size-multiple", () => {
  type Json = Record<string, unknown>;
  const pre = (d: Json) => (d.dataset_param as Json).preprocess_parameters as Json;
  /** The rule's diagnostics on the t2v example data file after `change`. */
  function frames(change: (value: Json) => void) {
    const value = JSON.parse(readFileSync(join(fixturesDir, "example", T2V_DATA), "utf8"));
    change(value);
    return validateText("data", JSON.stringify(value, null, 2), T2V_DATA)
      .filter((d) => d.ruleId === "frame-size-multiple")
      .map(({ messageId, pointer, message, hint }) => ({ messageId, pointer, message, hint }));
  }

  // the schema's required findings say what is missing
  it.each([
    ["dataset_param", (d: Json) => delete d.dataset_param],
    ["preprocess_parameters", (d: Json) => delete (d.dataset_param as Json).preprocess_parameters],
  ])("says nothing about a data file without %s", (_, change) => {
    expect(frames(change)).toEqual([]);
  });

  it("judges max_width without max_height", () => {
    const change = (d: Json) => {
      delete pre(d).max_height;
      pre(d).max_width = 1000;
    };
    expect(frames(change)).toEqual([
      {
        messageId: "size",
        pointer: "/dataset_param/preprocess_parameters/max_width",
        message: "max_width 1000 is not a multiple of 16",
        hint: "Use 992 or 1008.",
      },
    ]);
  });
});

describe("file-read", () => {
  const at = (name: string) => `${EX}/t2v/${name}`;
  /** file-read's diagnostics on the example tree with a config-named link to `target`. */
  async function linked(name: string, target: string) {
    const root = exampleCopy("svc-f-read-");
    symlinkSync(target, join(root, at(name)));
    return said("file-read", root);
  }

  it("says what a device is and that MindSpeed-MM cannot load it", async () => {
    expect(await linked("null_model.json", "/dev/null")).toEqual([
      {
        messageId: "notFile",
        file: at("null_model.json"),
        pointer: "",
        line: 1,
        message: "the file is a device, not a regular file: MindSpeed-MM cannot load it",
      },
    ]);
  });

  // /proc/self/mem stats as a regular file but its read fails (EIO), even for root
  it.skipIf(process.platform !== "linux")("names the error of a read that fails", async () => {
    expect(await linked("mem_model.json", "/proc/self/mem")).toEqual([
      {
        messageId: "io",
        file: at("mem_model.json"),
        pointer: "",
        line: 1,
        message: "the file cannot be read (EIO): EIO: i/o error, read",
      },
    ]);
  });
});

describe("feature-basename-collision", () => {
  it("hints at renaming the videos", async () => {
    const root = materializedExample();
    const clips = ["a", "b"].map((dir) => ({ file: `videos/${dir}/clip.mp4`, captions: "x" }));
    touch(root, "datasets/clips/data.jsonl", jsonl(clips));
    for (const c of clips) touch(root, `datasets/clips/${c.file}`);
    expect(await said("feature-basename-collision", root, true)).toEqual([
      {
        messageId: "collision",
        file: "datasets/clips/data.jsonl",
        pointer: "/file",
        line: 2,
        message: "videos/b/clip.mp4 becomes features/clip_mp4.pt, like the video of line 1: one overwrites the other",
        hint: "Rename the videos (or copy them into one folder) so basenames are unique before extraction.",
      },
    ]);
  });
});
