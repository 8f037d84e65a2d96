// The dataset a run reads, from its data file as MindSpeed-MM resolves it, called on a RunContext
// built directly: no scan without --check-paths, a data_path, or the file it names; the folder,
// record kind, basename check and combine mode from the run and the data file.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RunContext } from "../src/engine/run-context.js";
import { FsCache } from "../src/fs/fs-cache.js";
import { dataPathOf, runDataset } from "../src/fs/run-dataset.js";
import type { Run } from "../src/project/run-model.js";
import { scratch } from "./fs-scratch.js";

const { dir: root, put } = scratch("svc-run-dataset-");
put("datasets/data.jsonl");

/** A run whose data file holds `basic` as its basic_parameters (or `data` whole when given). */
function context(options: { entry?: string; basic?: unknown; data?: unknown; checkPaths?: boolean }) {
  const data = "data" in options ? options.data : { dataset_param: { basic_parameters: options.basic } };
  const run = {
    script: "train.sh",
    entry: options.entry ?? "pretrain",
    configs: {
      data: { role: "data", written: "data.json", file: "data.json", at: { line: 1, column: 1 }, exists: true },
    },
  } as unknown as Run;
  return new RunContext(run, {
    release: "2.2.0",
    root,
    runs: [run],
    tree: [{ file: "data.json", value: data }],
    files: new Set(["data.json"]),
    ...(options.checkPaths === false ? {} : { fs: new FsCache(root) }),
  });
}

const dataPath = join(root, "datasets/data.jsonl");
const plain = {
  dataPath,
  dataFolder: join(root, "datasets/videos"),
  kind: "dataset-record",
  checkFiles: true,
  checkBasenames: false,
  combine: false,
};
const basic = { data_path: "./datasets/data.jsonl", data_folder: "datasets/videos" };

describe("runDataset", () => {
  it.each([
    { name: "a training run", options: { basic }, expected: plain },
    { name: "a DPO run: dpo records", options: { basic, entry: "dpo" }, expected: { ...plain, kind: "dpo-record" } },
    {
      name: "feature extraction: basenames compared",
      options: { basic, entry: "feature-extraction" },
      expected: { ...plain, checkBasenames: true },
    },
    {
      name: "combine storage: a list of annotations",
      options: { basic: { ...basic, data_storage_mode: "combine" } },
      expected: { ...plain, combine: true },
    },
    {
      name: "another storage mode",
      options: { basic: { ...basic, data_storage_mode: "standard" } },
      expected: plain,
    },
    {
      name: "absolute paths kept",
      options: { basic: { data_path: dataPath, data_folder: "/srv/videos" } },
      expected: { ...plain, dataFolder: "/srv/videos" },
    },
    {
      name: "no data_folder: the root",
      options: { basic: { data_path: basic.data_path } },
      expected: { ...plain, dataFolder: root },
    },
    {
      name: "a data_folder that is not a string: the root",
      options: { basic: { ...basic, data_folder: 3 } },
      expected: { ...plain, dataFolder: root },
    },
    { name: "without --check-paths", options: { basic, checkPaths: false }, expected: undefined },
    { name: "no data file", options: { data: undefined }, expected: undefined },
    { name: "no dataset_param", options: { data: { preprocess_parameters: {} } }, expected: undefined },
    { name: "no basic_parameters", options: { data: { dataset_param: {} } }, expected: undefined },
    { name: "a data_path that is not a string", options: { basic: { data_path: 7 } }, expected: undefined },
    { name: "an empty data_path", options: { basic: { data_path: "" } }, expected: undefined },
    { name: "a data_path that is not there", options: { basic: { data_path: "none.jsonl" } }, expected: undefined },
  ])("$name", ({ options, expected }) => {
    expect(runDataset(context(options))).toEqual(expected);
  });
});

describe("dataPathOf", () => {
  it.each([
    { data: { dataset_param: { basic_parameters: { data_path: "./d.jsonl" } } }, expected: "./d.jsonl" },
    { data: { dataset_param: { basic_parameters: { data_path: 7 } } }, expected: "7" },
    { data: { dataset_param: { basic_parameters: {} } }, expected: "" },
    { data: { dataset_param: {} }, expected: "" },
    { data: {}, expected: "" },
    { data: undefined, expected: "" },
  ])("$data → '$expected'", ({ data, expected }) => {
    expect(dataPathOf(context({ data }))).toBe(expected);
  });
});
