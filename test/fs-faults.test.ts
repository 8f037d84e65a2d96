// --check-paths on files that are not what a config expects: a FIFO, a directory, a path through
// a file, an overlong line. Each is a diagnostic of the rule that reads the path, with its
// messageId and place; none hangs, crashes or is read into memory whole.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "../src/index.js";
import { allRules } from "../src/rules/index.js";
import { lineOf, PRETRAIN } from "./fs-cases.js";
import { jsonl, materializedExample, touch } from "./fs-tree.js";

const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
if (!hasMkfifo) console.log("fs-faults: mkfifo is missing, so the FIFO cases are skipped");

/**
 * The messageId whose template produced a diagnostic's message (Diagnostic does not carry it
 * yet): of the templates that match, the one with the most literal text.
 */
function messageIdOf(d: Diagnostic): string | undefined {
  const messages = allRules[d.ruleId]?.meta.messages ?? {};
  const quote = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  const parts = (id: string) => messages[id]!.split(/\{\{\w+\}\}/);
  const matches = (id: string) => new RegExp(`^${parts(id).map(quote).join("[^]*")}$`).test(d.message);
  const literal = (id: string) => parts(id).join("").length;
  return Object.keys(messages)
    .filter(matches)
    .sort((x, y) => literal(y) - literal(x))[0];
}

async function findings(root: string, ruleId: string) {
  const report = await check({ paths: [root], checkPaths: true });
  return report.diagnostics
    .filter((d) => d.ruleId === ruleId)
    .map((d) => ({ messageId: messageIdOf(d), file: d.file, pointer: d.pointer, line: d.line }));
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

  it("reports a data_path that is a directory", async () => {
    const root = materializedExample();
    rmSync(join(root, "datasets/clips/data.jsonl"));
    mkdirSync(join(root, "datasets/clips/data.jsonl"));
    expect(await findings(root, "dataset-records")).toEqual(unreadableDataPath(root));
    expect(await findings(root, "dataset-size-vs-batch")).toEqual([]);
  });

  const trackerCases: [string, (path: string) => void][] = [
    [
      "a directory",
      (path) => {
        rmSync(path);
        mkdirSync(path);
      },
    ],
    ...(hasMkfifo ? ([["a FIFO", fifo]] as [string, (path: string) => void][]) : []),
  ];
  for (const [what, make] of trackerCases)
    it(`reports a checkpoint tracker that is ${what}`, async () => {
      const root = materializedExample();
      make(join(root, "ckpt/stepvideo/converted_tp4/latest_checkpointed_iteration.txt"));
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

  it("reports an iteration folder that is a file (ENOTDIR when listed)", async () => {
    const root = materializedExample();
    rmSync(join(root, "ckpt/stepvideo/converted_tp8/release"), { recursive: true });
    touch(root, "ckpt/stepvideo/converted_tp8/release", "not a folder");
    const ids = (await findings(root, "load-path-checkpoint")).map((f) => f.messageId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(["unreadable"]));
  });

  it.skipIf(!hasMkfifo)("reports a FIFO prompt list and a directory as the DPO histogram", async () => {
    const root = materializedExample();
    fifo(join(root, "examples/stepvideo/t2v/prompts.txt"));
    mkdirSync(join(root, "../hist-dir.json"), { recursive: true });
    const model = join(root, "examples/stepvideo/t2v/posttrain_t2v_model.json");
    writeFileSync(
      model,
      readFileSync(model, "utf8").replace("./datasets/dpo/video_score_histogram.json", "../hist-dir.json"),
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

  it("skips a line longer than 64 Mi characters unread and goes on counting lines", async () => {
    const root = materializedExample();
    const long = `{"file": "videos/clip_0.mp4", "captions": "${"x".repeat(64 * 1024 * 1024)}"}`;
    const before = jsonl([{ file: "videos/clip_0.mp4", captions: "a" }]);
    const after = jsonl([{ file: "videos/none.mp4", captions: "b" }]);
    touch(root, "datasets/clips/data.jsonl", `${before}${long}\n${after}`);
    const file = "datasets/clips/data.jsonl";
    expect(await findings(root, "dataset-records")).toEqual([{ messageId: "lineTooLong", file, pointer: "", line: 2 }]);
    expect(await findings(root, "dataset-files")).toEqual([{ messageId: "missing", file, pointer: "/file", line: 3 }]);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
