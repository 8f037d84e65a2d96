// The directory listings the fs rules answer "does it exist?" from, called directly: DirIndex
// (one readdir per directory, peek without waiting), FolderFiles (a record's value under one
// data_folder, listed by its own directory) and FsCache (one scan per dataset, one index per check).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DirIndex } from "../src/fs/dir-index.js";
import { FolderFiles } from "../src/fs/folder-files.js";
import { FsCache } from "../src/fs/fs-cache.js";
import { scanInput, scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-folders-");
for (const f of ["top.mp4", "sub/s.mp4", "sub/deep/d.mp4", "a.b/c.mp4", "other/o.mp4", "v/w.mp4"]) put(f);
const file = put("file.txt");

describe("DirIndex", () => {
  it("answers from one listing per directory, and peeks only once it is listed", async () => {
    const dirs = new DirIndex();
    const path = join(dir, "sub", "s.mp4");
    expect(dirs.peek(path)).toBeUndefined();
    const listing = dirs.list(join(dir, "sub"));
    expect(dirs.list(join(dir, "sub"))).toBe(listing);
    expect(await listing).toEqual(new Set(["s.mp4", "deep"]));
    expect(dirs.peek(path)).toBe(true);
    expect(dirs.peek(join(dir, "sub", "gone.mp4"))).toBe(false);
    expect(dirs.peek(join(dir, "other", "o.mp4"))).toBeUndefined();
  });

  it.each([
    { name: "a file in a listed directory", path: join(dir, "top.mp4"), has: true },
    { name: "a name the directory lacks", path: join(dir, "gone.mp4"), has: false },
    { name: "a file under a directory that is not there", path: join(dir, "none", "x.mp4"), has: false },
    { name: "a file under a file (ENOTDIR)", path: join(file, "x.mp4"), has: false },
  ])("has: $name", async ({ path, has }) => {
    const dirs = new DirIndex();
    expect(await dirs.has(path)).toBe(has);
    expect(dirs.peek(path)).toBe(has);
  });

  it("keys the root directory as /", async () => {
    const dirs = new DirIndex();
    const [first] = readdirSync("/");
    expect(await dirs.has(`/${first}`)).toBe(true);
    expect(dirs.peek(`/${first}`)).toBe(true);
    expect(dirs.peek("/surely-not-a-top-level-name")).toBe(false);
  });
});

describe("FolderFiles", () => {
  it.each([
    { value: "top.mp4", found: true },
    { value: "gone.mp4", found: false },
    { value: "sub/s.mp4", found: true },
    { value: "v/w.mp4", found: true },
    { value: "sub/deep/d.mp4", found: true },
    { value: "sub/deep/gone.mp4", found: false },
    { value: "none/x.mp4", found: false },
    { value: "a.b/c.mp4", found: true },
    { value: "./top.mp4", found: true },
    { value: "sub/../top.mp4", found: true },
    { value: "sub/./s.mp4", found: true },
    { value: "./sub/gone.mp4", found: false },
    { value: join(dir, "other", "o.mp4"), found: true },
    { value: join(dir, "other", "gone.mp4"), found: false },
  ])("$value: unknown until loaded, then $found", async ({ value, found }) => {
    const files = new FolderFiles(new DirIndex(), dir);
    expect(files.peek(value)).toBeUndefined();
    await files.load(value);
    expect(files.peek(value)).toBe(found);
  });

  it("answers other names of a directory it listed without loading again", async () => {
    const files = new FolderFiles(new DirIndex(), dir);
    await files.load("sub/s.mp4");
    expect([files.peek("sub/x.mp4"), files.peek("top.mp4"), files.peek("sub/deep/d.mp4")]).toEqual([
      false,
      undefined,
      undefined,
    ]);
    await files.load("top.mp4");
    expect([files.peek("top.mp4"), files.peek("other.mp4")]).toEqual([true, false]);
  });

  it("lists through the shared DirIndex under the directory's own path, so other rules reuse it", async () => {
    const dirs = new DirIndex();
    const files = new FolderFiles(dirs, dir);
    await files.load("sub/deep/d.mp4");
    await files.load("top.mp4");
    expect(dirs.peek(join(dir, "sub", "deep", "d.mp4"))).toBe(true);
    expect(dirs.peek(join(dir, "top.mp4"))).toBe(true);
    expect(files.folder).toBe(dir);
  });

  it("answers a normalised value from the DirIndex once another path listed its directory", async () => {
    const dirs = new DirIndex();
    await dirs.has(join(dir, "sub", "s.mp4"));
    const files = new FolderFiles(dirs, dir);
    expect(files.peek("./sub/s.mp4")).toBe(true);
    expect(files.peek("sub/deep/../s.mp4")).toBe(true);
    expect(files.peek(join(dir, "sub", "gone.mp4"))).toBe(false);
  });
});

describe("FsCache", () => {
  const dataset = (records: number) => {
    const line = `${JSON.stringify({ file: "sub/s.mp4", captions: "c" })}\n`;
    return put(`data-${records}.jsonl`, line.repeat(records));
  };
  const input = (dataPath: string) => scanInput(dataPath, dir);

  it("scans a dataset once per input, with the check's listener and directory index", async () => {
    const seen: { file: string; records: number }[] = [];
    const cache = new FsCache(dir, (p) => seen.push(p), 1);
    const path = dataset(100_000);
    const scan = cache.scan(input(path));
    expect(cache.scan(input(path))).toBe(scan);
    expect(cache.scan({ ...input(path), checkFiles: false })).not.toBe(scan);
    expect((await scan).records).toBe(100_000);
    expect(seen).toContainEqual({ file: path, records: 100_000 });
    expect(cache.dirs.peek(join(dir, "sub", "s.mp4"))).toBe(true);
    expect(cache.root).toBe(dir);
  });

  it("scans without a listener or a jobs count", async () => {
    const scan = await new FsCache(dir).scan(input(dataset(3)));
    expect(scan.records).toBe(3);
  });
});
