// The line reader: numbered lines across 64 KiB chunks, overlong lines dropped as they stream by,
// and linear time in the length of one line (a growth ratio, not a timing).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLineBatches } from "../src/fs/read-lines.js";
import { openRegular } from "../src/fs/safe-read.js";

const dir = mkdtempSync(join(tmpdir(), "svc-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(text: string, maxLine?: number, range = {}): Promise<[number, string | null][]> {
  const path = join(dir, "lines.txt");
  writeFileSync(path, text);
  const opened = await openRegular(path);
  if (!opened.ok) throw new Error(opened.fault.reason);
  const out: [number, string | null][] = [];
  try {
    for await (const batch of readLineBatches(opened.handle, range, maxLine))
      for (const [i, l] of batch.lines.entries()) out.push([batch.first + i, l]);
  } finally {
    await opened.handle.close();
  }
  return out;
}

describe("readLineBatches", () => {
  it("numbers lines across chunks, keeps a last line without newline", async () => {
    const long = "y".repeat(200_000);
    expect(await lines(`a\n${long}\n\nb`)).toEqual([
      [1, "a"],
      [2, long],
      [3, ""],
      [4, "b"],
    ]);
  });

  it("gives null for lines over the limit, within a chunk and across chunks, and goes on", async () => {
    const text = `short\n${"x".repeat(50)}\nok\n${"z".repeat(300_000)}\nend`;
    expect(await lines(text, 40)).toEqual([
      [1, "short"],
      [2, null],
      [3, "ok"],
      [4, null],
      [5, "end"],
    ]);
    expect(await lines(`a\n${"z".repeat(300_000)}`, 1000)).toEqual([
      [1, "a"],
      [2, null],
    ]);
  });

  it("keeps a line of exactly the limit, within a chunk and across chunks, and drops one more", async () => {
    const at = (n: number) => "w".repeat(n);
    expect(await lines(`${at(40)}\n${at(40)}\n${at(41)}\n${at(40)}`, 40)).toEqual([
      [1, at(40)],
      [2, at(40)],
      [3, null],
      [4, at(40)],
    ]);
    const long = 70_000; // more than one 64 KiB chunk
    expect(await lines(`${at(long)}\n${at(long + 1)}\n${at(long)}`, long)).toEqual([
      [1, at(long)],
      [2, null],
      [3, at(long)],
    ]);
  });

  it("gives no line after a final newline, and an empty file no lines", async () => {
    expect(await lines("a\n")).toEqual([[1, "a"]]);
    expect(await lines("")).toEqual([]);
  });

  it("leaves the file open for its caller, who may read it again", async () => {
    const path = join(dir, "twice.txt");
    writeFileSync(path, "a\nb\n");
    const opened = await openRegular(path);
    if (!opened.ok) throw new Error(opened.fault.reason);
    try {
      for (let round = 0; round < 2; round++) {
        const read: (string | null)[] = [];
        for await (const batch of readLineBatches(opened.handle)) read.push(...batch.lines);
        expect(read).toEqual(["a", "b"]);
      }
    } finally {
      await opened.handle.close();
    }
  });

  it("reads a byte range starting at a line", async () => {
    const text = "one\ntwo\nthree\n";
    expect(await lines(text, undefined, { start: 4, end: 8 })).toEqual([[1, "two"]]);
  });

  // The mutation suite switches timing off (see test/growth.ts).
  it.skipIf(process.env.STEPVIDEO_TIMING === "off")(
    "takes linear time in the length of one line (4× the line, < 6× the time)",
    async () => {
      const timeOf = async (n: number) => {
        const path = join(dir, `long-${n}.txt`);
        writeFileSync(path, `${"q".repeat(n)}\n`);
        let best = Number.POSITIVE_INFINITY;
        for (let round = 0; round < 5; round++) {
          const opened = await openRegular(path);
          if (!opened.ok) throw new Error(opened.fault.reason);
          const t = performance.now();
          for await (const batch of readLineBatches(opened.handle)) expect(batch.lines[0]).toHaveLength(n);
          best = Math.min(best, performance.now() - t);
          await opened.handle.close();
        }
        return best;
      };
      const n = 16 * 1024 * 1024; // the old reader, re-splitting per chunk, took minutes at 4n
      const small = await timeOf(n);
      const large = await timeOf(4 * n);
      expect(large / small).toBeLessThan(6);
    },
    60_000,
  );
});
