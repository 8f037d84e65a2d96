// How a check reads the configs and launch scripts it loads: an editor's unsaved buffers first
// (absolute path → text), else the file on disk through safe-read. One seam, so the language
// server runs the same engine on what the user sees rather than on what was last saved.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type ReadBytes, readBytesSync } from "./safe-read.js";

export interface SourceReader {
  /** Synchronous: a check reads a few small files, and fs.promises alone costs milliseconds of start-up. */
  readSync(path: string): ReadBytes;
  /** Whether the path is open in the overlay or present on disk. */
  exists(path: string): boolean;
  /** The text a cheap filter looks at (scripts that may name a file); "" when unreadable. */
  textSync(path: string): string;
}

/** `overlay`: unsaved contents by absolute path, read instead of the file on disk. */
export function sourceReader(overlay: ReadonlyMap<string, string> = new Map()): SourceReader {
  const buffers = new Map([...overlay].map(([path, text]) => [resolve(path), new TextEncoder().encode(text)]));
  const buffer = (path: string) => buffers.get(resolve(path));
  const readSync = (path: string): ReadBytes => {
    const bytes = buffer(path);
    return bytes ? { ok: true, bytes } : readBytesSync(path);
  };
  return {
    readSync,
    exists: (path) => buffer(path) !== undefined || existsSync(path),
    textSync: (path) => {
      const read = readSync(path);
      return read.ok ? new TextDecoder().decode(read.bytes) : "";
    },
  };
}
