// How formatters read a checked file's text for code frames by default: from the disk under the
// report's root, never a FIFO or device (it would block or never end), nor a file too large to frame.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { regularFileSync } from "../fs/safe-read.js";

export function readDiskSource(root: string, file: string): string | undefined {
  try {
    if (!regularFileSync(resolve(root, file))) return undefined;
    return readFileSync(resolve(root, file), "utf8");
  } catch {
    return undefined;
  }
}
