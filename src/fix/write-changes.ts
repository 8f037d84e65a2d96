// Writes the changes of a fix or a migration, each file atomically, and refuses a file that
// changed on disk since it was read (an editor saved it meanwhile): its new text was computed
// from the old one. A failed write stops with the file named (files before it are written).
import { promises as fsp } from "node:fs";
import { UsageError } from "../errors.js";
import { type AtomicWriteFs, writeAtomic } from "./atomic-write.js";
import type { FileChange } from "./edit-files.js";

export async function writeChanges(changes: readonly FileChange[], fs?: AtomicWriteFs): Promise<void> {
  for (const change of changes) {
    const now = await fsp.readFile(change.path, "utf8");
    if (now !== change.before) throw new UsageError(`${change.file} changed while it was being fixed; run again.`);
    try {
      await writeAtomic(change.path, change.after, fs);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`could not write ${change.file} (${reason}); it is unchanged.`);
    }
  }
}
