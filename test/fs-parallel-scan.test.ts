// The parallel dataset scan gives the serial scan's results exactly: the same records count and
// the same capped findings with the same line numbers and "more" counts, with 2 and 3 workers,
// from source (workers run the TypeScript through tsx) and through the built CLI.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DirIndex } from "../src/fs/dir-index.js";
import { scanInWorkers, splitAtLines } from "../src/fs/parallel-scan.js";
import { type ScanInput, scanRecords } from "../src/fs/records-scan.js";
import { openRegular } from "../src/fs/safe-read.js";
import { materializedExample, touch } from "./fs-tree.js";

/** A dataset whose problems of every kind are spread over the whole file, more than the cap each. */
function dataset(dir: string, records: number): string {
  mkdirSync(join(dir, "videos"), { recursive: true });
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, "videos", `v${i}.mp4`), "");
  const lines: string[] = [];
  for (let r = 0; r < records; r++) {
    if (r % 997 === 5)
      lines.push(`{"file": "videos/v1.mp4", "captions": `); // syntax
    else if (r % 1009 === 7)
      lines.push(JSON.stringify({ file: "videos/v2.mp4" })); // missing captions
    else if (r % 1013 === 9)
      lines.push(""); // blank: skipped, but counted as a line
    else if (r % 499 === 3) lines.push(JSON.stringify({ file: `videos/none_${r}.mp4`, captions: "c" }));
    else lines.push(JSON.stringify({ file: `videos/v${r % 50}.mp4`, captions: [`caption ${r}`, "二"], aes: 5 }));
  }
  const path = join(dir, "data.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

const plain = (scan: Awaited<ReturnType<typeof scanRecords>>) => ({
  records: scan.records,
  findings: Object.fromEntries(scan.findings.byRule),
});

describe("the parallel dataset scan", () => {
  const dir = mkdtempSync(join(tmpdir(), "svc-parallel-"));
  const path = dataset(dir, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const input: ScanInput = {
    dataPath: path,
    dataFolder: dir,
    kind: "dataset-record",
    checkFiles: true,
    checkBasenames: false,
    combine: false,
  };

  it("cuts the file at line starts into the ranges asked for", async () => {
    const opened = await openRegular(path);
    if (!opened.ok) throw new Error(opened.fault.reason);
    const cuts = await splitAtLines(opened.handle, opened.size, 3);
    const { ranges } = await scanInWorkers(opened.handle, opened.size, { ...input, path, folder: dir }, 3);
    await opened.handle.close();
    expect(cuts).toHaveLength(4);
    expect(ranges).toHaveLength(3);
    expect(ranges.reduce((n, r) => n + r.lines, 0)).toBe(60_000);
  }, 60_000);

  it("finds exactly what the serial scan finds, with 2 and 3 workers", async () => {
    const serial = plain(await scanRecords(input, new DirIndex(), undefined, { jobs: 1 }));
    expect(serial.findings["dataset-records"]?.more).toBeGreaterThan(0);
    expect(serial.findings["dataset-files"]?.more).toBeGreaterThan(0);
    for (const jobs of [2, 3]) {
      const parallel = plain(await scanRecords(input, new DirIndex(), undefined, { jobs, parallelMinBytes: 0 }));
      expect(parallel).toEqual(serial);
    }
  }, 60_000);

  it("runs from the built CLI with --jobs, with the diagnostics of --jobs 1", () => {
    const root = materializedExample();
    const lines = Array.from({ length: 140_000 }, (_, r) =>
      JSON.stringify(
        r % 7919 === 11
          ? { file: `videos/gone_${r}.mp4`, captions: "c" }
          : { file: `videos/clip_${r % 8}.mp4`, captions: [`一段很长的视频描述 ${r}`.repeat(4), `clip ${r}`] },
      ),
    );
    touch(root, "datasets/clips/data.jsonl", `${lines.join("\n")}\n`);
    const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
    const run = (jobs: string) => {
      const args = [cli, "check", root, "--check-paths", "--format", "json", "--jobs", jobs];
      const result = spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(result.stderr).toBe("");
      return JSON.parse(result.stdout).diagnostics;
    };
    const serial = run("1");
    expect(serial.filter((d: { ruleId: string }) => d.ruleId === "dataset-files").length).toBeGreaterThan(5);
    expect(run("2")).toEqual(serial);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
