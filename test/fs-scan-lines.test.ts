// The per-line work of a JSON Lines scan, called directly on small files: what each kind of line
// (record, syntax error, NaN, blank, overlong) yields, the line count it returns, a read error in
// the middle of the file; and where splitAtLines cuts a file for the scan workers.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CappedFindings } from "../src/fs/capped-findings.js";
import { DirIndex } from "../src/fs/dir-index.js";
import { FolderFiles } from "../src/fs/folder-files.js";
import { splitAtLines } from "../src/fs/parallel-scan.js";
import { RecordChecker } from "../src/fs/record-checker.js";
import { scanLines } from "../src/fs/scan-lines.js";
import { flat, scratch, withHandle } from "./fs-scratch.js";

const { dir, put } = scratch("svc-scan-lines-");
put("videos/v.mp4");

const rec = (file: string) => JSON.stringify({ file, captions: "c" });

function checker() {
  return new RecordChecker({ kind: "dataset-record", checkFiles: true, checkBasenames: false }, new CappedFindings());
}

async function scan(text: string, maxLine?: number) {
  const path = put("data.jsonl", text);
  const c = checker();
  const lines = await withHandle(path, (handle) =>
    scanLines(handle, path, {}, c, new FolderFiles(new DirIndex(), dir), maxLine),
  );
  return { lines, records: c.records, ...flat(c.findings) };
}

describe("scanLines", () => {
  it.each([
    {
      name: "records, counted, their lines numbered from 1",
      text: `${rec("videos/v.mp4")}\n${rec("videos/v.mp4")}\n`,
      lines: 2,
      records: 2,
      shown: [],
    },
    {
      name: "a last line without a newline",
      text: `${rec("videos/v.mp4")}\n${rec("videos/v.mp4")}`,
      lines: 2,
      records: 2,
      shown: [],
    },
    {
      name: "a syntax error, with the parser's problem",
      text: `${rec("videos/v.mp4")}\n{"file": "videos/v.mp4", "captions": \n`,
      lines: 2,
      records: 1,
      shown: [["dataset-records", "syntax", 2, "", { problem: "Expecting value" }]],
    },
    {
      name: "a record with NaN and Infinity, which Python's json.loads reads",
      text: `{"file": "videos/v.mp4", "captions": "c", "aes": NaN, "aesthetic": -Infinity}\n`,
      lines: 1,
      records: 1,
      shown: [],
    },
    {
      name: "blank and whitespace-only lines, skipped but counted as lines",
      text: `\n   \n${rec("videos/v.mp4")}\n\t\n`,
      lines: 4,
      records: 1,
      shown: [],
    },
    {
      name: "a record naming a missing file, reported before the scan returns",
      text: `\n${rec("videos/gone.mp4")}\n`,
      lines: 2,
      records: 1,
      shown: [["dataset-files", "missing", 2, "/file", { key: "file", file: "videos/gone.mp4", folder: dir }]],
    },
  ])("$name", async ({ text, lines, records, shown }) => {
    const result = await scan(text);
    expect([result.lines, result.records, result.shown]).toEqual([lines, records, shown]);
  });

  it("reports a line over maxLine (the limit written in full) and goes on with the next", async () => {
    const long = JSON.stringify({ file: "videos/v.mp4", captions: "x".repeat(1000) });
    const result = await scan(`${long}\n${rec("videos/v.mp4")}\n${long}`, 1000);
    expect(result).toMatchObject({ lines: 3, records: 1 });
    expect(result.shown).toEqual([
      ["dataset-records", "lineTooLong", 1, "", { limit: "1,000" }],
      ["dataset-records", "lineTooLong", 3, "", { limit: "1,000" }],
    ]);
  });

  it("reports a read error at the line after the last one read, and returns the lines read", async () => {
    async function* chunks() {
      yield `${rec("videos/v.mp4")}\n${rec("videos/v.mp4")}\n`;
      throw Object.assign(new Error("input/output error"), { code: "EIO" });
    }
    const failing = { createReadStream: () => Readable.from(chunks()) } as unknown as Parameters<typeof scanLines>[0];
    const c = checker();
    const lines = await scanLines(failing, "/d.jsonl", {}, c, new FolderFiles(new DirIndex(), dir));
    expect(lines).toBe(2);
    expect(c.records).toBe(2);
    expect(flat(c.findings).shown).toEqual([
      ["dataset-records", "unreadable", 3, "", { path: "the rest of the file", problem: "cannot be read (EIO)" }],
    ]);
  });

  it("reads only its byte range, numbering lines from the range's start", async () => {
    const first = `${rec("videos/gone1.mp4")}\n`;
    const path = put("range.jsonl", `${first}${rec("videos/v.mp4")}\n${rec("videos/gone3.mp4")}\n`);
    const c = checker();
    const lines = await withHandle(path, (handle) =>
      scanLines(handle, path, { start: first.length }, c, new FolderFiles(new DirIndex(), dir)),
    );
    expect(lines).toBe(2);
    expect(flat(c.findings).shown.map(([, , line, , data]) => [line, data.file])).toEqual([[2, "videos/gone3.mp4"]]);
  });
});

describe("splitAtLines", () => {
  const cuts = (text: string, parts: number) => {
    const path = put("split.txt", text);
    return withHandle(path, (handle, size) => splitAtLines(handle, size, parts));
  };

  it.each([
    { name: "one part: the whole file", text: "aa\nbb\ncc\n", parts: 1, expected: [0, 9] },
    {
      name: "cuts just after the newline at or after each share",
      text: "aa\nbb\ncc\ndd\n",
      parts: 2,
      expected: [0, 9, 12],
    },
    { name: "a share ending exactly on a newline cuts after it", text: "abc\ndefgh\n", parts: 3, expected: [0, 4, 10] },
    { name: "equal shares of many short lines", text: "a\n".repeat(10), parts: 4, expected: [0, 6, 12, 16, 20] },
    { name: "no newline: one range", text: "abcdefghij", parts: 3, expected: [0, 10] },
    { name: "more parts than lines: no empty range", text: "a\nb\n", parts: 4, expected: [0, 2, 4] },
    { name: "a share past the last newline: no cut", text: "aaaa\nbbbbbbbbbb", parts: 2, expected: [0, 15] },
    { name: "the empty file", text: "", parts: 2, expected: [0, 0] },
  ])("$name", async ({ text, parts, expected }) => {
    expect(await cuts(text, parts)).toEqual(expected);
  });

  it("looks for the newline past a line longer than its 64 KiB read buffer", async () => {
    const long = "x".repeat(150_000);
    expect(await cuts(`a\n${long}\nb\n`, 2)).toEqual([0, 150_003, 150_005]);
    expect(await cuts(`a\n${long}`, 2)).toEqual([0, 150_002]);
  });

  it("never cuts before the previous cut when a long line spans several shares", async () => {
    const long = "x".repeat(100);
    expect(await cuts(`${long}\na\nb\nc\n`, 4)).toEqual([0, 101, 103, 105, 107]);
  });
});
