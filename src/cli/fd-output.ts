// The bin's standard output and error, written with fs.writeSync: touching process.stdout or
// process.stderr loads node:net and node:tty (5–15 ms of a start of about 100 ms on this machine)
// for a pipe or a file, where Node writes synchronously anyway. A character device (a terminal,
// /dev/null) gets the stream, which knows isTTY. A write that would block (EAGAIN: a non-blocking
// pipe) hands the rest to the stream, in order; a reader that went away (EPIPE, as with `| head`)
// ends the output quietly instead of failing the check.
import { fstatSync, writeSync } from "node:fs";
import type { Output } from "./io.js";

export function fdOutput(fd: number, stream: () => NodeJS.WriteStream): Output {
  if (isCharacterDevice(fd)) return stream();
  let fallback: NodeJS.WriteStream | undefined;
  let readerGone = false;
  return {
    isTTY: false,
    write(text: string): boolean {
      if (fallback) return fallback.write(text);
      if (readerGone) return false;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          fallback = stream();
          return fallback.write(bytes.subarray(written));
        }
        if (code !== "EPIPE") throw error;
        readerGone = true;
        return false;
      }
      return true;
    },
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false; // a closed descriptor: the first write says so
  }
}
