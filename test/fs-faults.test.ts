// --check-paths on FIFOs (which would block any reader) and a path through a file. Each is a
// diagnostic of the rule that reads the path, with its messageId and place; nothing hangs. The
// directory and overlong-line cases are in fs-cases-faults.ts.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { lineOf, materializedExample, touch } from "./fs-tree.js";

const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";

const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
if (!hasMkfifo) console.log("fs-faults: mkfifo is missing, so the FIFO cases are skipped");

async function findings(root: string, ruleId: string) {
  const report = await check({ paths: [root], checkPaths: true });
  return report.diagnostics
    .filter((d) => d.ruleId === ruleId)
    .map(({ messageId, file, pointer, line }) => ({ messageId, file, pointer, line }));
}

function fifo(path: string): void {
  rmSync(path, { recursive: true, force: true });
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
}

const EXTRACTION_DATA = [
  "examples/stepvideo/feature_extract/data.json",
  "examples/stepvideo/feature_extract/data_i2v.json",
];
const DATA_PATH = "/dataset_param/basic_parameters/data_path";
const unreadableDataPath = (root: string) =>
  EXTRACTION_DATA.map((file) => ({
    messageId: "unreadable",
    file,
    pointer: DATA_PATH,
    line: lineOf(root, file, '"data_path"'),
  }));

describe("--check-paths on paths that are not regular files", () => {
  it.skipIf(!hasMkfifo)("reports a FIFO data_path without opening it", async () => {
    const root = materializedExample();
    fifo(join(root, "datasets/clips/data.jsonl"));
    expect(await findings(root, "dataset-records")).toEqual(unreadableDataPath(root));
  });

  it.skipIf(!hasMkfifo)("reports a checkpoint tracker that is a FIFO without opening it", async () => {
    const root = materializedExample();
    fifo(join(root, "ckpt/stepvideo/converted_tp4/latest_checkpointed_iteration.txt"));
    const inTp4 = ["examples/stepvideo/i2v/inference_i2v.sh", "examples/stepvideo/t2v/inference_t2v.sh", PRETRAIN];
    expect(await findings(root, "load-path-checkpoint")).toEqual(
      inTp4.map((file) => ({
        messageId: "unreadable",
        file,
        pointer: "/LOAD_PATH",
        line: lineOf(root, file, "LOAD_PATH="),
      })),
    );
  });

  it("reports an iteration folder that is a file (ENOTDIR when listed), however LOAD_PATH ends", async () => {
    const root = materializedExample();
    rmSync(join(root, "ckpt/stepvideo/converted_tp8/release"), { recursive: true });
    touch(root, "ckpt/stepvideo/converted_tp8/release", "not a folder");
    const inTp8 = ["examples/stepvideo/i2v/pretrain_i2v.sh", "examples/stepvideo/t2v/posttrain_t2v_dpo.sh"];
    const script = join(root, inTp8[0]!);
    writeFileSync(script, readFileSync(script, "utf8").replace("converted_tp8", "converted_tp8/"));
    const report = await check({ paths: [root], checkPaths: true });
    const fields = ["messageId", "file", "pointer", "line", "message", "hint"] as const;
    expect(
      report.diagnostics
        .filter((d) => d.ruleId === "load-path-checkpoint")
        .map((d) => Object.fromEntries(fields.map((k) => [k, d[k]]))),
    ).toEqual(
      inTp8.map((file) => ({
        messageId: "unreadable",
        file,
        pointer: "/LOAD_PATH",
        line: lineOf(root, file, "LOAD_PATH="),
        message: "./ckpt/stepvideo/converted_tp8/release cannot be read (ENOTDIR)",
        hint: undefined,
      })),
    );
  });

  it.skipIf(!hasMkfifo)("reports a FIFO prompt list and a FIFO DPO histogram without opening them", async () => {
    const root = materializedExample();
    fifo(join(root, "examples/stepvideo/t2v/prompts.txt"));
    fifo(join(root, "../hist-fifo.json"));
    const model = join(root, "examples/stepvideo/t2v/posttrain_t2v_model.json");
    writeFileSync(
      model,
      readFileSync(model, "utf8").replace("./datasets/dpo/video_score_histogram.json", "../hist-fifo.json"),
    );
    const inference = "examples/stepvideo/t2v/inference_t2v_model.json";
    expect(await findings(root, "inference-prompts-images")).toEqual([
      { messageId: "unreadable", file: inference, pointer: "/prompt", line: lineOf(root, inference, '"prompt"') },
    ]);
    const posttrain = "examples/stepvideo/t2v/posttrain_t2v_model.json";
    expect(await findings(root, "dpo-histogram")).toEqual([
      {
        messageId: "unreadable",
        file: posttrain,
        pointer: "/dpo/histogram_path",
        line: lineOf(root, posttrain, "histogram_path"),
      },
    ]);
  });
});
