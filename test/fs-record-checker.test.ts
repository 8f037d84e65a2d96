// The per-record checks of a dataset scan, called directly: schema problems, each file key's
// missing file, feature-name collisions (dots made underscores, file_rejected left out), the
// record count and its progress calls; and .json array datasets, located by their objects' lines.
import { describe, expect, it } from "vitest";
import { CappedFindings } from "../src/fs/capped-findings.js";
import { DirIndex } from "../src/fs/dir-index.js";
import { FolderFiles } from "../src/fs/folder-files.js";
import { scanJsonArray } from "../src/fs/json-array-scan.js";
import { type CheckerOptions, RecordChecker } from "../src/fs/record-checker.js";
import { flat, scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-records-");
for (const f of ["a.mp4", "b.mp4", "v/b.mp4"]) put(f);

/** Visits the records as lines 1, 2, … of one file; returns the count and the findings. */
async function visit(records: unknown[], options: Partial<CheckerOptions> = {}) {
  const checker = new RecordChecker(
    { kind: "dataset-record", checkFiles: true, checkBasenames: false, ...options },
    new CappedFindings(),
  );
  const folder = new FolderFiles(new DirIndex(), dir);
  for (const [i, r] of records.entries()) await checker.visit(r, "/d.jsonl", i + 1, folder);
  return { records: checker.records, shown: flat(checker.findings).shown };
}

const missing = (line: number, key: string, file: string) =>
  ["dataset-files", "missing", line, `/${key}`, { key, file, folder: dir }] as const;
const dpo = (file: string, rejected: string) => ({
  file,
  file_rejected: rejected,
  captions: "p",
  score: 0.9,
  score_rejected: 0.1,
});

describe("RecordChecker", () => {
  it.each([
    { name: "a common record whose file exists", records: [{ file: "a.mp4", captions: "c" }], shown: [] },
    {
      name: "a missing file, in a subfolder and at the top",
      records: [
        { file: "v/gone.mp4", captions: "c" },
        { file: "gone.mp4", captions: ["c"] },
      ],
      shown: [missing(1, "file", "v/gone.mp4"), missing(2, "file", "gone.mp4")],
    },
    {
      name: "a record without captions (schema) that also names a missing file",
      records: [{ file: "gone.mp4" }],
      shown: [["dataset-records", "missing", 1, "", { key: "captions" }], missing(1, "file", "gone.mp4")],
    },
    {
      name: "a path record (left to the validator) naming a missing file",
      records: [{ path: "v/gone.mp4", cap: "c" }],
      shown: [missing(1, "path", "v/gone.mp4")],
    },
    {
      name: "records that are not objects: a schema finding each, no file lookups",
      records: [null, "text", 7],
      shown: [1, 2, 3].map((line) => [
        "dataset-records",
        "invalid",
        line,
        "",
        { path: "the record", problem: "must be object" },
      ]),
    },
    { name: "an empty file name is not looked up", records: [{ file: "", captions: "c" }], shown: [] },
    {
      name: "no lookups when files are not checked",
      records: [{ file: "gone.mp4", captions: "c" }],
      options: { checkFiles: false },
      shown: [],
    },
  ])("$name", async ({ records, options, shown }) => {
    expect(await visit(records, options)).toEqual({ records: records.length, shown });
  });

  it.each([
    { name: "both files there", records: [dpo("a.mp4", "b.mp4")], shown: [] },
    {
      name: "the rejected file missing",
      records: [dpo("a.mp4", "gone.mp4")],
      shown: [missing(1, "file_rejected", "gone.mp4")],
    },
    {
      name: "both missing, in key order",
      records: [dpo("gone1.mp4", "v/gone2.mp4")],
      shown: [missing(1, "file", "gone1.mp4"), missing(1, "file_rejected", "v/gone2.mp4")],
    },
  ])("DPO records: $name", async ({ records, shown }) => {
    expect(await visit(records, { kind: "dpo-record" })).toEqual({ records: 1, shown });
  });

  it("reports a feature-name collision at the later record, naming the first one's line", async () => {
    const records = [
      { file: "a.mp4", captions: "c" },
      { file: "x.y.mp4", captions: "c" },
      { file: "v/a.mp4", captions: "c" },
      { file: "w/x_y_mp4", captions: "c" },
      { path: "p/a.mp4", cap: "c" },
    ];
    const { shown } = await visit(records, { checkBasenames: true, checkFiles: false });
    expect(shown).toEqual([
      ["feature-basename-collision", "collision", 3, "/file", { file: "v/a.mp4", name: "a_mp4.pt", first: 1 }],
      ["feature-basename-collision", "collision", 4, "/file", { file: "w/x_y_mp4", name: "x_y_mp4.pt", first: 2 }],
      ["feature-basename-collision", "collision", 5, "/path", { file: "p/a.mp4", name: "a_mp4.pt", first: 1 }],
    ]);
  });

  it("compares no empty file names", async () => {
    const records = [
      { file: "", captions: "c" },
      { file: "", captions: "c" },
    ];
    expect(await visit(records, { checkBasenames: true })).toEqual({ records: 2, shown: [] });
  });

  it("leaves file_rejected out of the collisions, and still finds missing files while comparing names", async () => {
    const records = [dpo("a.mp4", "b.mp4"), dpo("v/b.mp4", "gone.mp4")];
    const { shown } = await visit(records, { kind: "dpo-record", checkBasenames: true });
    expect(shown).toEqual([missing(2, "file_rejected", "gone.mp4")]);
  });

  it("calls onProgress with the running count every 100,000 records, invalid ones included", async () => {
    const seen: number[] = [];
    const checker = new RecordChecker(
      { kind: "dataset-record", checkFiles: false, checkBasenames: false, onProgress: (n) => seen.push(n) },
      new CappedFindings(),
    );
    const folder = new FolderFiles(new DirIndex(), dir);
    const record = { file: "a.mp4", captions: "c" };
    await checker.visit({ file: "a.mp4" }, "/d.jsonl", 1, folder);
    for (let i = 1; i < 200_001; i++) checker.visit(record, "/d.jsonl", i + 1, folder);
    expect(seen).toEqual([100_000, 200_000]);
    expect(checker.records).toBe(200_001);
  });

  it("counts without a progress listener", async () => {
    const { records } = await visit(
      Array.from({ length: 100_000 }, () => ({ file: "a.mp4", captions: "c" })),
      {
        checkFiles: false,
      },
    );
    expect(records).toBe(100_000);
  });
});

describe("scanJsonArray", () => {
  const scanArray = async (text: string, limit = 1024) => {
    const path = put("data.json", text);
    const checker = new RecordChecker(
      { kind: "dataset-record", checkFiles: true, checkBasenames: false },
      new CappedFindings(),
    );
    const fault = await scanJsonArray(path, checker, new FolderFiles(new DirIndex(), dir), limit);
    return { fault, records: checker.records, shown: flat(checker.findings).shown };
  };

  it("checks each record at the line its object starts on", async () => {
    const text = `[\n  {"file": "a.mp4", "captions": "c"},\n\n  {\n    "file": "gone.mp4",\n    "captions": "c"\n  }\n]\n`;
    expect(await scanArray(text)).toEqual({ fault: undefined, records: 2, shown: [missing(4, "file", "gone.mp4")] });
  });

  it("reports a top-level value that is not an array at line 1", async () => {
    expect(await scanArray(`\n\n{"file": "gone.mp4", "captions": "c"}`)).toEqual({
      fault: undefined,
      records: 0,
      shown: [["dataset-records", "notArray", 1, "", {}]],
    });
  });

  it("reports a file that holds no JSON value as not an array", async () => {
    expect(await scanArray("")).toMatchObject({ records: 0, shown: [["dataset-records", "notArray", 1, "", {}]] });
  });

  it("returns the fault of a file over the limit without reading it", async () => {
    expect(await scanArray(`[${" ".repeat(100)}]`, 50)).toEqual({
      fault: { reason: "tooLarge", size: 102, limit: 50 },
      records: 0,
      shown: [],
    });
  });
});
