// Writes a fixed file so that it is either the old bytes or the new ones, never half of each:
// the new text goes to a temporary file in the same folder (same file system), takes the old
// file's mode, is flushed, then renamed over the original. On any failure the temporary file is
// removed and the original is untouched. A symlink is followed: the file it names is replaced.
import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The one step a test may make fail (a full disk, a lost race) to prove the original survives. */
export interface AtomicWriteFs {
  rename(from: string, to: string): Promise<void>;
}

export async function writeAtomic(
  path: string,
  text: string,
  fs: AtomicWriteFs = { rename: (from, to) => fsp.rename(from, to) },
): Promise<void> {
  const target = await fsp.realpath(path);
  const { mode } = await fsp.stat(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fsp.open(temp, "wx", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.chmod(mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fsp.unlink(temp).catch(() => undefined);
    throw error;
  }
}
