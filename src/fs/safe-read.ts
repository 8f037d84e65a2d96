// The one way the file-system rules open what a config names: stat first, so a FIFO, device,
// socket or directory is never opened (a FIFO blocks forever, /dev/zero never ends), then a size
// limit for files read whole; every failure is a typed fault for a diagnostic, never a throw.
import {
  closeSync,
  constants,
  promises as fsp,
  fstatSync,
  openSync,
  readFileSync,
  type Stats,
  statSync,
} from "node:fs";
import type { FileHandle } from "node:fs/promises";
import type { FileFault } from "./file-fault.js";

export { describeFault, type FileFault } from "./file-fault.js";

export type Opened = { ok: true; handle: FileHandle; size: number } | { ok: false; fault: FileFault };
export type ReadText = { ok: true; text: string } | { ok: false; fault: FileFault };

/** Largest tracker, histogram or list file read whole; a bigger one is not what the config means. */
const SMALL_FILE_LIMIT = 16 * 1024 * 1024;

// O_NONBLOCK: should the path become a FIFO between stat and open, the open still returns at once.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function typeOf(s: Stats): string {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a regular file";
}

export function ioFault(error: unknown): FileFault {
  const e = error as NodeJS.ErrnoException;
  return { reason: "io", code: e?.code ?? "EIO", message: e?.message ?? String(error) };
}

/** The fault for a non-regular or oversized file, from its stats; undefined when it may be read. */
function check(s: Stats, limit: number): FileFault | undefined {
  if (!s.isFile()) return { reason: "notFile", type: typeOf(s) };
  if (s.size > limit) return { reason: "tooLarge", size: s.size, limit };
  return undefined;
}

/** Opens a regular file for reading (streams: no size limit unless given); the caller closes it. */
export async function openRegular(path: string, limit = Number.POSITIVE_INFINITY): Promise<Opened> {
  try {
    const before = check(await fsp.stat(path), limit);
    if (before) return { ok: false, fault: before };
    const handle = await fsp.open(path, READ_FLAGS);
    const s = await handle.stat();
    const after = check(s, limit);
    if (!after) return { ok: true, handle, size: s.size };
    await handle.close();
    return { ok: false, fault: after };
  } catch (error) {
    return { ok: false, fault: ioFault(error) };
  }
}

/** Reads a regular file of at most `limit` bytes whole, as UTF-8. */
export async function readText(path: string, limit = SMALL_FILE_LIMIT): Promise<ReadText> {
  const opened = await openRegular(path, limit);
  if (!opened.ok) return opened;
  try {
    return { ok: true, text: await opened.handle.readFile("utf8") };
  } catch (error) {
    return { ok: false, fault: ioFault(error) };
  } finally {
    await opened.handle.close();
  }
}

/** Whether a path is a regular file of at most `limit` bytes (for callers that must stay synchronous). */
export function regularFileSync(path: string, limit = SMALL_FILE_LIMIT): boolean {
  try {
    return check(statSync(path), limit) === undefined;
  } catch {
    return false;
  }
}

export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; fault: FileFault };

/** Largest config file read whole (JSON the framework reads with json.load). */
const CONFIG_FILE_LIMIT = 64 * 1024 * 1024;

/** Reads a regular file of at most `limit` bytes whole, as bytes (decoding is the parser's job). */
export async function readBytes(path: string, limit = CONFIG_FILE_LIMIT): Promise<ReadBytes> {
  const opened = await openRegular(path, limit);
  if (!opened.ok) return opened;
  try {
    return { ok: true, bytes: await opened.handle.readFile() };
  } catch (error) {
    return { ok: false, fault: ioFault(error) };
  } finally {
    await opened.handle.close();
  }
}

/** The same, synchronously, for the files launch scripts name (read while runs are built). */
export function readBytesSync(path: string, limit = CONFIG_FILE_LIMIT): ReadBytes {
  let fd: number | undefined;
  try {
    const before = check(statSync(path), limit);
    if (before) return { ok: false, fault: before };
    fd = openSync(path, READ_FLAGS);
    const after = check(fstatSync(fd), limit);
    if (after) return { ok: false, fault: after };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, fault: ioFault(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
