// The main-thread half of the parallel scan on small files (parallelMinBytes lowered): the worker
// ranges' findings merged with their lines shifted to the file's, their records added, the task's
// kind, folder and checkFiles passed on, progress summed over the workers, a failing worker.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DirIndex } from "../src/fs/dir-index.js";
import { scanInWorkers } from "../src/fs/parallel-scan.js";
import { type ScanInput, scanRecords } from "../src/fs/records-scan.js";
import { flat, scanInput, scratch, withHandle } from "./fs-scratch.js";

const { dir, put } = scratch("svc-parallel-merge-");
put("videos/v.mp4");
put("videos/w.mp4");

const input = (dataPath: string, more: Partial<ScanInput> = {}) => scanInput(dataPath, dir, more);

/** 30 lines a range, each range with a syntax error, a missing file and a record without captions. */
function dataset(name: string, ranges: number): string {
  const lines: string[] = [];
  for (let r = 0; r < ranges; r++)
    for (let i = 0; i < 30; i++)
      lines.push(
        i === 3
          ? "{oops"
          : i === 7
            ? JSON.stringify({ file: `videos/gone_${r}.mp4`, captions: "c" })
            : i === 11
              ? JSON.stringify({ file: "videos/w.mp4" })
              : JSON.stringify({ file: "videos/v.mp4", captions: [`record ${r}.${i}`] }),
      );
  return put(name, `${lines.join("\n")}\n`);
}

const result = async (scanInput: ScanInput, options: { jobs: number; parallelMinBytes?: number }) => {
  const scan = await scanRecords(scanInput, new DirIndex(), undefined, options);
  return { records: scan.records, ...flat(scan.findings) };
};

describe("the parallel scan's merge", () => {
  it("gives the serial scan's findings, lines and records with 3 workers, from parallelMinBytes up", async () => {
    const path = dataset("three.jsonl", 3);
    const size = await withHandle(path, async (_, s) => s);
    const run = async (options: { jobs: number; parallelMinBytes: number }) => {
      const dirs = new DirIndex();
      const scan = await scanRecords(input(path), dirs, undefined, options);
      // The calling thread lists folders in the index the other rules share; workers keep their own.
      return { records: scan.records, ...flat(scan.findings), listed: dirs.peek(join(dir, "videos", "v.mp4")) };
    };
    const serial = await run({ jobs: 3, parallelMinBytes: size + 1 });
    expect(serial).toMatchObject({ records: 87, listed: true });
    expect(serial.shown.filter(([rule]) => rule === "dataset-files").map(([, , line]) => line)).toEqual([8, 38, 68]);
    expect(await run({ jobs: 1, parallelMinBytes: 0 })).toEqual(serial);
    expect(await run({ jobs: 3, parallelMinBytes: size })).toEqual({ ...serial, listed: undefined });
  });

  it("passes the record kind, the folder and checkFiles to the workers", async () => {
    const path = dataset("kind.jsonl", 2);
    const dpo = input(path, { kind: "dpo-record", dataFolder: join(dir, "videos") });
    const parallel = await result(dpo, { jobs: 2, parallelMinBytes: 0 });
    expect(parallel).toEqual(await result(dpo, { jobs: 1 }));
    expect(parallel.more).toEqual({ "dataset-records": 60 - 20, "dataset-files": 58 - 20 });
  });

  it("reports progress summed over the workers, after the records of earlier files", async () => {
    const small = put("ann/small.jsonl", `${JSON.stringify({ file: "v.mp4", captions: "c" })}\n`.repeat(5));
    const record = `${JSON.stringify({ file: "v", captions: "c" })}\n`;
    const big = put("ann/big.jsonl", record.repeat(220_000));
    const list = put("list.txt", `videos,${small}\nvideos,${big}\n`);
    const seen: { file: string; records: number }[] = [];
    const scan = await scanRecords(
      input(list, { combine: true, checkFiles: false }),
      new DirIndex(),
      (p) => seen.push(p),
      { jobs: 2, parallelMinBytes: 1000 },
    );
    expect(scan.records).toBe(220_005);
    expect(seen).toEqual([
      { file: big, records: 100_005 },
      { file: big, records: 200_005 },
    ]);
  });

  it("rejects when a worker cannot scan its range", async () => {
    const path = dataset("fails.jsonl", 2);
    const missing = join(dir, "none.jsonl");
    const base = { path: missing, folder: dir, kind: "dataset-record" as const, checkFiles: true };
    await expect(withHandle(path, (handle, size) => scanInWorkers(handle, size, base, 2))).rejects.toThrow(missing);
  });
});
