// feature-data-paths on variants of one tree (an extraction run and a feature-based pretrain run):
// equivalent spellings of one folder, absolute paths, several extraction folders, and the related
// location in the extraction's own tool file; the wording with one and several save paths, the
// default data_folder, and data files or trees the rule leaves alone.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { overlayTree } from "./overlay-tree.js";

const DATA = "examples/stepvideo/t2v/data_static_resolution.json";
const TOOLS = "mindspeed_mm/tools/tools.json";

/** Replaces `from` in one file of the tree. */
const edit = (dir: string, file: string, from: string, to: string) =>
  writeFileSync(join(dir, file), readFileSync(join(dir, file), "utf8").replace(from, to));

/** A copy of the valid layout with the training data's folder and path (and the save_path) replaced. */
function tree(folder: string, path: string, savePath = "./sora_features"): string {
  const dir = overlayTree("runs/feature-data-paths");
  edit(dir, DATA, '"data_folder": "./features/"', `"data_folder": ${JSON.stringify(folder.replace("<root>", dir))}`);
  edit(
    dir,
    DATA,
    '"data_path": "./sora_features/data.jsonl"',
    `"data_path": ${JSON.stringify(path.replace("<root>", dir))}`,
  );
  edit(dir, TOOLS, '"save_path": "./sora_features"', `"save_path": ${JSON.stringify(savePath.replace("<root>", dir))}`);
  return dir;
}

const found = async (dir: string) =>
  (await check({ paths: [dir] })).diagnostics
    .filter((d) => d.ruleId === "feature-data-paths")
    .map(({ pointer, line, related }) => ({ pointer, line, related: related?.map((r) => [r.file, r.line]) }));

/** What the user reads: message id, pointer, message and hint. */
const worded = async (dir: string) =>
  (await check({ paths: [dir] })).diagnostics
    .filter((d) => d.ruleId === "feature-data-paths")
    .map(({ messageId, pointer, message, hint }) => ({ messageId, pointer, message, hint }));

const BASIC = "/dataset_param/basic_parameters";
const writes = (expected: string) => `is not the data.jsonl feature extraction writes: ${expected}`;

describe("feature-data-paths", () => {
  it("treats ./sora_features, ./sora_features/, sora_features and the absolute path as one folder", async () => {
    for (const [folder, path, save] of [
      ["./sora_features/", "./sora_features/data.jsonl", "./sora_features"],
      ["sora_features", "sora_features/data.jsonl", "./sora_features/"],
      ["./sora_features", "./sora_features//data.jsonl", "sora_features"],
      ["<root>/sora_features/", "<root>/sora_features/data.jsonl", "./sora_features"],
      ["./sora_features", "./sora_features/data.jsonl", "<root>/sora_features"],
    ])
      expect(await found(tree(folder!, path!, save)), `${folder} ${path} ${save}`).toEqual([]);
  });

  it("reports folder and data_path each at their pointer, with the save_path as related location", async () => {
    const related = [[TOOLS, 30]];
    expect(await found(tree("./other/", "./other/data.jsonl"))).toEqual([
      { pointer: "/dataset_param/basic_parameters/data_path", line: 5, related },
      { pointer: "/dataset_param/basic_parameters/data_folder", line: 6, related },
    ]);
  });

  it("accepts any of several extraction folders and names them all when none matches", async () => {
    const dir = tree("./other/", "./other/data.jsonl");
    const extract = "examples/stepvideo/feature_extract";
    const tools = `${extract}/tools_i2v.json`;
    // Two lines lower than in TOOLS: the related location is read from the extraction's own file.
    const text = readFileSync(join(dir, TOOLS), "utf8").replace("./sora_features", "./i2v_features");
    writeFileSync(join(dir, tools), `\n\n${text}`);
    writeFileSync(
      join(dir, `${extract}/feature_extraction_i2v.sh`),
      readFileSync(join(dir, `${extract}/feature_extraction.sh`), "utf8").replace(/MM_TOOL=.*/, `MM_TOOL="./${tools}"`),
    );
    const both = [
      [TOOLS, 30],
      [tools, 32],
    ];
    expect(await found(dir)).toEqual([
      { pointer: "/dataset_param/basic_parameters/data_path", line: 5, related: both },
      { pointer: "/dataset_param/basic_parameters/data_folder", line: 6, related: both },
    ]);
    expect(await worded(dir)).toEqual([
      {
        messageId: "path",
        pointer: `${BASIC}/data_path`,
        message: `data_path ./other/data.jsonl ${writes("./sora_features/data.jsonl, ./i2v_features/data.jsonl")}`,
        hint: "Set data_path to the data.jsonl in data_folder.",
      },
      {
        messageId: "folder",
        pointer: `${BASIC}/data_folder`,
        message: "data_folder ./other/ is not where feature extraction writes: ./sora_features, ./i2v_features",
        hint: "Set data_folder to one of ./sora_features, ./i2v_features.",
      },
    ]);
    writeFileSync(join(dir, DATA), readFileSync(join(dir, DATA), "utf8").replaceAll("./other/", "./i2v_features/"));
    expect(await found(dir)).toEqual([]);
  });

  it("names data_path's data.jsonl under a save_path written with trailing slashes", async () => {
    expect(await worded(tree("./sora_features/", "./other/data.jsonl", "./sora_features//"))).toEqual([
      {
        messageId: "path",
        pointer: `${BASIC}/data_path`,
        message: `data_path ./other/data.jsonl ${writes("./sora_features/data.jsonl")}`,
        hint: "Set data_path to ./sora_features/data.jsonl.",
      },
    ]);
  });

  it("names the default data_folder, at basic_parameters, when the data file has none", async () => {
    const dir = tree("./other/", "./other/data.jsonl");
    edit(dir, DATA, '"basic_parameters": {', '"basic_params": {');
    expect(await worded(dir)).toEqual([
      {
        messageId: "folder",
        pointer: BASIC,
        message: 'data_folder "" (the default) is not where feature extraction writes: ./sora_features',
        hint: "Set data_folder to ./sora_features.",
      },
    ]);
  });

  it("says nothing without dataset_param or without an extraction run", async () => {
    const noParam = tree("./other/", "./other/data.jsonl");
    edit(noParam, DATA, '"dataset_param": {', '"dataset_params": {');
    expect(await worded(noParam)).toEqual([]);
    const noExtraction = tree("./other/", "./other/data.jsonl");
    for (const script of ["feature_extraction.sh", "feature_extraction_i2v.sh"])
      rmSync(join(noExtraction, "examples/stepvideo/feature_extract", script));
    expect(await worded(noExtraction)).toEqual([]);
  });
});
