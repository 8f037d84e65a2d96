// A scratch folder for the fs unit tables: small files written where a test says, opened the way
// the scan opens them, and the capped findings flattened to what a table compares.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { CappedFindings } from "../src/fs/capped-findings.js";
import type { ScanInput } from "../src/fs/records-scan.js";
import { openRegular } from "../src/fs/safe-read.js";

/** A fresh folder, removed after the file's tests; `put` writes a file under it and returns its path. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (relative: string, content = ""): string => {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  return { dir, put };
}

/** Runs `body` on the file opened for reading, and closes it. */
export async function withHandle<T>(path: string, body: (handle: FileHandle, size: number) => Promise<T>): Promise<T> {
  const opened = await openRegular(path);
  if (!opened.ok) throw new Error(`${path}: ${opened.fault.reason}`);
  try {
    return await body(opened.handle, opened.size);
  } finally {
    await opened.handle.close();
  }
}

/** Every shown finding as [ruleId, messageId, line, pointer, data], in order, and the "more" counts. */
export function flat(findings: CappedFindings) {
  const shown = [...findings.byRule].flatMap(([ruleId, { shown }]) =>
    shown.map((f) => [ruleId, f.messageId, f.line, f.pointer, f.data] as const),
  );
  const more = Object.fromEntries([...findings.byRule].map(([ruleId, { more }]) => [ruleId, more]));
  return { shown, more };
}

/** A scan of dataset records under `dataFolder`, files checked, not combined; `more` overrides. */
export function scanInput(dataPath: string, dataFolder: string, more: Partial<ScanInput> = {}): ScanInput {
  return {
    dataPath,
    dataFolder,
    kind: "dataset-record",
    checkFiles: true,
    checkBasenames: false,
    combine: false,
    ...more,
  };
}
