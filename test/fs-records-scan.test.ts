// scanRecords on the calling thread, on small datasets in a temp folder: JSON Lines and .json
// arrays, a data file that cannot be read, combine mode's list of "folder,annotation" lines,
// the progress listener's file and count, and basename checks, which keep the scan serial.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DirIndex } from "../src/fs/dir-index.js";
import { type ScanInput, scanRecords } from "../src/fs/records-scan.js";
import { flat, scanInput, scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-records-scan-");
for (const f of ["videos/v.mp4", "videos/w.mp4", "clips/c.mp4", "features/a/x.mp4", "features/b/x.mp4"]) put(f);
const rec = (file: string) => JSON.stringify({ file, captions: "c" });

const input = (dataPath: string, more: Partial<ScanInput> = {}) => scanInput(dataPath, dir, more);
const serial = { jobs: 1 };

async function scanned(scanInput: ScanInput, options = serial) {
  const scan = await scanRecords(scanInput, new DirIndex(), undefined, options);
  return { keys: Object.keys(scan), records: scan.records, fault: scan.fault, ...flat(scan.findings) };
}

const gone = (file: string, line: number, folder = dir) =>
  ["dataset-files", "missing", line, "/file", { key: "file", file, folder }] as const;

describe("scanRecords", () => {
  it("scans a JSON Lines file: every record counted and checked, no fault", async () => {
    const path = put("data.jsonl", `${rec("videos/v.mp4")}\nnot json\n${rec("videos/gone.mp4")}\n`);
    expect(await scanned(input(path))).toEqual({
      keys: ["records", "findings"],
      records: 2,
      fault: undefined,
      shown: [["dataset-records", "syntax", 2, "", { problem: "Expecting value" }], gone("videos/gone.mp4", 3)],
      more: { "dataset-records": 0, "dataset-files": 0 },
    });
  });

  it("scans a .json dataset as one array of records", async () => {
    const path = put("data.json", `[\n${rec("videos/v.mp4")},\n${rec("videos/gone.mp4")}\n]`);
    expect(await scanned(input(path))).toMatchObject({ records: 2, shown: [gone("videos/gone.mp4", 3)] });
  });

  it.each([
    { name: "a data file that is not there", path: join(dir, "none.jsonl"), fault: { reason: "io", code: "ENOENT" } },
    {
      name: "a data file that is a directory",
      path: join(dir, "videos"),
      fault: { reason: "notFile", type: "a directory" },
    },
    {
      name: "a .json data file that is not there",
      path: join(dir, "none.json"),
      fault: { reason: "io", code: "ENOENT" },
    },
    {
      name: "a combine list that is not there",
      path: join(dir, "none.txt"),
      combine: true,
      fault: { reason: "io", code: "ENOENT" },
    },
  ])("returns the fault of $name, with nothing else", async ({ path, combine, fault }) => {
    const scan = await scanned(input(path, { combine: combine ?? false }));
    expect(scan).toMatchObject({ keys: ["records", "findings", "fault"], records: 0, shown: [], fault });
  });

  it("keeps the first 20 findings of a rule and counts the rest", async () => {
    const lines = Array.from({ length: 23 }, (_, i) => rec(`videos/gone${i}.mp4`));
    const { shown, more } = await scanned(input(put("many.jsonl", lines.join("\n"))));
    expect(shown.map(([, , line]) => line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(more).toEqual({ "dataset-files": 3 });
  });
});

describe("scanRecords in combine mode", () => {
  put("ann/one.jsonl", `${rec("v.mp4")}\n${rec("gone1.mp4")}\n`);
  put("ann/two.json", `[${rec("c.mp4")}, ${rec("gone2.mp4")}]`);

  it("scans each annotation of the list against its own folder; incomplete lines are skipped", async () => {
    const list = put(
      "combine.txt",
      ["  videos , ann/one.jsonl  ", "videos", ",ann/one.jsonl", "videos,", "", "clips,ann/two.json,extra"].join("\n"),
    );
    expect(await scanned(input(list, { combine: true }))).toEqual({
      keys: ["records", "findings"],
      records: 4,
      fault: undefined,
      shown: [gone("gone1.mp4", 2, join(dir, "videos")), gone("gone2.mp4", 1, join(dir, "clips"))],
      more: { "dataset-files": 0 },
    });
  });

  it("reports an annotation that cannot be read at its list line, and goes on", async () => {
    const list = put("combine-bad.txt", "videos,ann/none.jsonl\n\nclips,ann\nvideos,ann/one.jsonl\n");
    const scan = await scanRecords(input(list, { combine: true }), new DirIndex(), undefined, serial);
    expect(scan.fault).toBeUndefined();
    expect(scan.records).toBe(2);
    const located = flat(scan.findings).shown.map(([rule, id, line, pointer, data]) => [rule, id, line, pointer, data]);
    expect(located).toEqual([
      ["dataset-records", "unreadable", 1, "", { path: "ann/none.jsonl", problem: "cannot be read (ENOENT)" }],
      ["dataset-records", "unreadable", 3, "", { path: "ann", problem: "is a directory, not a regular file" }],
      gone("gone1.mp4", 2, join(dir, "videos")),
    ]);
    expect(scan.findings.of("dataset-records").shown.map((f) => f.file)).toEqual([list, list]);
    expect(scan.findings.of("dataset-files").shown.map((f) => f.file)).toEqual([join(dir, "ann/one.jsonl")]);
  });
});

describe("scanRecords' progress listener", () => {
  const many = (n: number) => `${Array.from({ length: n }, () => rec("v.mp4")).join("\n")}\n`;

  it("is called every 100,000 records with the file being scanned and the running count", async () => {
    put("big/first.jsonl", many(60_000));
    const second = put("big/second.jsonl", many(60_000));
    const list = put("big/list.txt", "videos,big/first.jsonl\nvideos,big/second.jsonl\n");
    const seen: { file: string; records: number }[] = [];
    const scan = await scanRecords(input(list, { combine: true }), new DirIndex(), (p) => seen.push(p), serial);
    expect(scan.records).toBe(120_000);
    expect(seen).toEqual([{ file: second, records: 100_000 }]);
  });
});

describe("scanRecords with basename checks", () => {
  it("stays on the calling thread, where every name is seen, whatever the jobs", async () => {
    const path = put("features.jsonl", `${rec("features/a/x.mp4")}\n${rec("features/b/x.mp4")}\n`);
    const scan = await scanRecords(input(path, { checkBasenames: true }), new DirIndex(), undefined, {
      jobs: 2,
      parallelMinBytes: 0,
    });
    expect(flat(scan.findings).shown).toEqual([
      ["feature-basename-collision", "collision", 2, "/file", { file: "features/b/x.mp4", name: "x_mp4.pt", first: 1 }],
    ]);
  });
});

describe.skipIf(process.platform !== "linux")("scanRecords' open files", () => {
  it("closes the dataset, the combine list and each annotation it opens", async () => {
    const openFds = () => readdirSync("/proc/self/fd").length;
    const data = put("closed.jsonl", `${rec("videos/v.mp4")}\n`);
    const list = put("closed.txt", "videos,closed.jsonl\n");
    const before = openFds();
    for (let i = 0; i < 20; i++) {
      await scanRecords(input(data), new DirIndex(), undefined, serial);
      await scanRecords(input(list, { combine: true }), new DirIndex(), undefined, serial);
    }
    expect(openFds() - before).toBeLessThan(10);
  });
});
