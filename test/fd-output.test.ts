// The bin's output by file descriptor (src/cli/fd-output.ts): bytes exact to a file, a terminal or
// other character device handed to the stream, EAGAIN on a full non-blocking pipe handing the rest
// to the stream in order, a gone reader (EPIPE) ending the output quietly, and any other error
// thrown. Pipes are FIFOs made with mkfifo.
import { spawnSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fdOutput } from "../src/cli/fd-output.js";

const dir = mkdtempSync(join(tmpdir(), "svc-fd-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;

/** A stand-in for process.stdout that keeps what it is given. */
function fakeStream() {
  const chunks: Buffer[] = [];
  const stream = { isTTY: true, write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** A FIFO opened at both ends without blocking: [reader, writer]. */
function fifo(name: string): [number, number] {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return [reader, openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)];
}

describe("fdOutput", () => {
  it("writes the UTF-8 bytes of the text to a file, and is no terminal", () => {
    const path = join(dir, "out.txt");
    const fd = openSync(path, "w");
    const { stream, text } = fakeStream();
    const out = fdOutput(fd, () => stream);
    expect(out.isTTY).toBe(false);
    expect(out.write("ÄÖ 中文 ✓\n")).toBe(true);
    expect(out.write("second\n")).toBe(true);
    closeSync(fd);
    expect(readFileSync(path, "utf8")).toBe("ÄÖ 中文 ✓\nsecond\n");
    expect(text()).toBe("");
  });

  it("hands a character device (here /dev/null) to the stream, which knows whether it is a terminal", () => {
    const fd = openSync("/dev/null", "w");
    const { stream } = fakeStream();
    expect(fdOutput(fd, () => stream)).toBe(stream);
    closeSync(fd);
  });

  it.skipIf(!hasMkfifo)("on a full non-blocking pipe, hands the rest to the stream in order", () => {
    const [reader, writer] = fifo("full");
    const { stream, text } = fakeStream();
    const out = fdOutput(writer, () => stream);
    const whole = "0123456789abcdef".repeat(64 * 1024); // 1 MiB: more than a pipe holds
    out.write(whole);
    out.write("after\n");
    const buffer = Buffer.alloc(whole.length);
    let read = 0;
    for (let n = readSync(reader, buffer, read, buffer.length - read, null); n > 0; ) {
      read += n;
      try {
        n = readSync(reader, buffer, read, buffer.length - read, null);
      } catch {
        n = 0; // EAGAIN: the pipe is empty
      }
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(whole.length);
    expect(buffer.subarray(0, read).toString() + text()).toBe(`${whole}after\n`);
    closeSync(reader);
    closeSync(writer);
  });

  it.skipIf(!hasMkfifo)("ends the output quietly when the reader has gone (EPIPE)", () => {
    const [reader, writer] = fifo("gone");
    closeSync(reader);
    const { stream, text } = fakeStream();
    const out = fdOutput(writer, () => stream);
    expect(out.write("nobody reads this\n")).toBe(false);
    expect(out.write("nor this\n")).toBe(false);
    expect(text()).toBe("");
    closeSync(writer);
  });

  it("throws any other error, such as a closed descriptor", () => {
    const fd = openSync(join(dir, "closed.txt"), "w");
    closeSync(fd);
    const out = fdOutput(fd, () => fakeStream().stream);
    expect(() => out.write("x")).toThrow(expect.objectContaining({ code: "EBADF" }));
  });
});
