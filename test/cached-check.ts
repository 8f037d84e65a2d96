// The script-cache tests' harness: `check .` through the CLI's main() in a folder, in JSON, with
// the cache on unless told otherwise; and the temporary folders they make, removed after the file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { main } from "../src/cli.js";

/** Temporary folders to remove once the test file is done (registers its own afterAll). */
export function tempFolders(): { made: string[]; temp: (prefix: string) => string } {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const temp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  return { made, temp };
}

export async function checkFolder(cwd: string, ...extra: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await main(["check", ".", "--format", "json", ...extra], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr };
}
