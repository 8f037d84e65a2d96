// The files of the code cache (cli-code-cache.ts): an entry's name and its reads and writes. A
// missing or unreadable entry is no entry, and a write that fails is skipped: the cache only ever
// saves a compile, so no fault of its own may fail a check.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";

export function readEntry(file: string, partial: boolean): { data: Buffer; partial: boolean } | undefined {
  try {
    return { data: readFileSync(file), partial };
  } catch {
    return undefined; // no entry yet
  }
}

export function rmQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // a later run retries
  }
}

/** Temp file and rename: a run reading the entry meanwhile sees the old one or the new one, whole. */
export function writeAtomically(folder: string, file: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // not writable: the next start compiles again
  }
}

/** cyrb53: a fast 53-bit string hash (the cache entry's name, not a security measure). */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
