// --check-paths on trees built in a temporary folder: a complete tree stays clean, and each case
// breaks one thing and expects its rule id, file and line. Without the flag nothing beyond the
// configs and scripts is read.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "../src/index.js";
import { FS_CASES } from "./fs-cases.js";
import { jsonl, materializedExample, touch, type Worded } from "./fs-tree.js";

const located = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.severity !== "info")
    .map(({ ruleId, messageId, file, pointer, line }) => ({ ruleId, messageId, file, pointer, line }));
const worded = (ds: Diagnostic[]): Worded[] =>
  ds
    .filter((d) => d.severity !== "info")
    .map(({ ruleId, message, hint, related }) => ({
      ruleId,
      message,
      ...(hint !== undefined ? { hint } : {}),
      ...(related ? { related: related.map((r) => `${r.file}:${r.line} ${r.message}`) } : {}),
    }));
describe("--check-paths", () => {
  it("finds nothing wrong in a complete tree, including its correct checkpoints", async () => {
    const report = await check({ paths: [materializedExample()], checkPaths: true });
    expect(located(report.diagnostics)).toEqual([]);
  });

  for (const c of FS_CASES) {
    it(c.name, async () => {
      const root = materializedExample();
      c.breakTree(root);
      const report = await check({ paths: [root], checkPaths: true });
      expect(located(report.diagnostics)).toEqual(c.expected(root));
      if (c.said) expect(worded(report.diagnostics)).toEqual(c.said(root));
    });
  }

  it("names the README's misspelt tracker and the resplit command in its hints", async () => {
    const root = materializedExample();
    FS_CASES[1]!.breakTree(root);
    const [d] = (await check({ paths: [root], checkPaths: true })).diagnostics;
    expect(d?.hint).toMatch(/latest_checkpointed_iterations\.txt is the README's spelling, which is wrong/);
    const other = materializedExample();
    FS_CASES[0]!.breakTree(other);
    const [layout] = (await check({ paths: [other], checkPaths: true })).diagnostics;
    expect(layout?.message).toMatch(/is split for TP=8, PP=1, but the run uses TP=4, PP=1/);
    expect(layout?.hint).toMatch(
      /mm-convert StepVideoConverter resplit --cfg\.source_path \.\/ckpt\/stepvideo\/converted_tp4 .* --cfg\.target_parallel_config\.tp_size 4/,
    );
  });

  it("caps repeated problems and counts the rest", async () => {
    const root = materializedExample();
    touch(
      root,
      "datasets/clips/data.jsonl",
      jsonl(Array.from({ length: 500 }, (_, i) => ({ file: `videos/none_${i}.mp4`, captions: "x" }))),
    );
    const files = (await check({ paths: [root], checkPaths: true })).diagnostics.filter(
      (d) => d.ruleId === "dataset-files",
    );
    expect(files).toHaveLength(21);
    expect(files.filter((d) => d.message === "480 more records name files that do not exist")).toHaveLength(1);
  });

  it("reports progress every 100,000 records to a listener, and never prints", async () => {
    const root = materializedExample();
    touch(
      root,
      "datasets/clips/data.jsonl",
      jsonl(Array.from({ length: 200_000 }, (_, i) => ({ file: `videos/clip_${i % 8}.mp4`, captions: "x" }))),
    );
    const seen: number[] = [];
    const report = await check({
      paths: [root],
      checkPaths: true,
      onProgress: (p) => p.file.endsWith("datasets/clips/data.jsonl") && seen.push(p.records),
    });
    expect(seen).toEqual([100_000, 200_000]);
    expect(report.diagnostics.filter((d) => d.ruleId === "feature-basename-collision").length).toBeGreaterThan(0);
  });

  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)(
    "reads nothing beyond the configs and scripts without the flag",
    async () => {
      const root = materializedExample();
      // A FIFO blocks whoever opens it for reading: if check() touched the dataset, this test would hang.
      rmSync(join(root, "datasets/clips/data.jsonl"));
      expect(spawnSync("mkfifo", [join(root, "datasets/clips/data.jsonl")]).status).toBe(0);
      rmSync(join(root, "ckpt"), { recursive: true });
      const report = await check({ paths: [root] });
      expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    },
  );
});
