// How the fs rules open what a config names, called directly: a regular file opens or reads; a
// directory, FIFO, socket or device is a notFile fault without being opened; a file over the
// limit is tooLarge (at the limit it reads); a missing file or a failing read is an io fault.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ioFault, openRegular, readBytes, readBytesSync, readText, regularFileSync } from "../src/fs/safe-read.js";
import { scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-safe-read-");
const text = put("ten.txt", "0123456789");
const fifo = join(dir, "fifo");
const hasFifo = spawnSync("mkfifo", [fifo]).status === 0;
const socket = join(dir, "socket");
const server = createServer();
beforeAll(() => new Promise<void>((done) => server.listen(socket, done)));
afterAll(() => new Promise<void>((done) => server.close(() => done())));
// A regular file whose read fails (EIO at offset 0), on Linux.
const unreadable = process.platform === "linux" ? "/proc/self/mem" : undefined;

const notFile = (type: string) => ({ ok: false, fault: { reason: "notFile", type } });
const tooLarge = { ok: false, fault: { reason: "tooLarge", size: 10, limit: 9 } };
const missing = { ok: false, fault: { reason: "io", code: "ENOENT" } };

interface FaultCase {
  name: string;
  path: string;
  limit?: number;
  expected: object;
}

const faults: FaultCase[] = [
  { name: "a directory", path: dir, expected: notFile("a directory") },
  { name: "a socket", path: socket, expected: notFile("a socket") },
  { name: "a device", path: "/dev/null", expected: notFile("a device") },
  ...(hasFifo ? [{ name: "a FIFO", path: fifo, expected: notFile("a FIFO") }] : []),
  { name: "a missing file", path: join(dir, "none"), expected: missing },
  { name: "a path through a file", path: join(text, "x"), expected: { ok: false, fault: { code: "ENOTDIR" } } },
  { name: "a file over the limit", path: text, limit: 9, expected: tooLarge },
];

describe("openRegular", () => {
  it("opens a regular file with its size, at or under the limit", async () => {
    for (const limit of [undefined, 10]) {
      const opened = await openRegular(text, limit);
      expect(opened).toMatchObject({ ok: true, size: 10 });
      if (opened.ok) await opened.handle.close();
    }
  });

  it.each(faults)("$name is a fault", async ({ path, limit, expected }) => {
    expect(await openRegular(path, limit)).toMatchObject(expected);
  });
});

describe.each([
  { name: "readText", read: readText },
  { name: "readBytes", read: readBytes },
  { name: "readBytesSync", read: async (p: string, l?: number) => readBytesSync(p, l) },
])("$name", ({ read }) => {
  it("reads a regular file whole, at the limit too", async () => {
    for (const limit of [undefined, 10]) {
      const result = await read(text, limit);
      expect(result.ok).toBe(true);
      const value = "text" in result ? result.text : "bytes" in result ? Buffer.from(result.bytes).toString() : "";
      expect(value).toBe("0123456789");
    }
  });

  it.each(faults)("$name is a fault", async ({ path, limit, expected }) => {
    expect(await read(path, limit)).toMatchObject(expected);
  });

  it.skipIf(!unreadable)("a read that fails is an io fault", async () => {
    expect(await read(unreadable!)).toMatchObject({ ok: false, fault: { reason: "io", code: "EIO" } });
  });
});

// Open descriptors of this process (Linux): what a read leaves open shows as growth.
const openFds = process.platform === "linux" ? () => readdirSync("/proc/self/fd").length : undefined;

describe.skipIf(!openFds)("closing what they open", () => {
  it.each([
    { name: "readText", read: (p: string, l?: number) => readText(p, l) },
    { name: "readBytes", read: (p: string, l?: number) => readBytes(p, l) },
    { name: "readBytesSync", read: async (p: string, l?: number) => readBytesSync(p, l) },
  ])("$name closes the file after a read, a read error and a fault", async ({ read }) => {
    const before = openFds!();
    for (let i = 0; i < 25; i++) {
      await read(text);
      await read(text, 9);
      if (unreadable) await read(unreadable);
    }
    expect(openFds!() - before).toBeLessThan(10);
  });
});

describe("regularFileSync", () => {
  it.each([
    { name: "a regular file", path: text, limit: undefined, expected: true },
    { name: "a regular file at the limit", path: text, limit: 10, expected: true },
    { name: "a regular file over the limit", path: text, limit: 9, expected: false },
    { name: "a directory", path: dir, limit: undefined, expected: false },
    { name: "a missing file", path: join(dir, "none"), limit: undefined, expected: false },
  ])("$name: $expected", ({ path, limit, expected }) => {
    expect(regularFileSync(path, limit)).toBe(expected);
  });
});

describe("ioFault", () => {
  it.each([
    { error: Object.assign(new Error("denied"), { code: "EACCES" }), fault: { code: "EACCES", message: "denied" } },
    { error: new Error("odd"), fault: { code: "EIO", message: "odd" } },
    { error: "a string", fault: { code: "EIO", message: "a string" } },
    { error: null, fault: { code: "EIO", message: "null" } },
  ])("$error", ({ error, fault }) => {
    expect(ioFault(error)).toEqual({ reason: "io", ...fault });
  });
});
