// The suite's temporary folders: every test file has its own under the system's, removed after
// the file (test/setup-temp-root.ts); child processes the tests spawn use it too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname } from "node:path";
import { expect, test } from "vitest";

test("a test file's temporary folder is its own, under the system's, and child processes use it", () => {
  const own = tmpdir();
  expect(dirname(own)).toBe(process.env.SVC_TEST_SYSTEM_TMPDIR);
  expect(basename(own)).toMatch(/^svc-test-/);
  expect(existsSync(own)).toBe(true);
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], {
    encoding: "utf8",
  });
  expect(child.stdout).toBe(own);
  // Not nested in an earlier file's folder (a worker process runs several files in turn).
  expect(basename(dirname(own))).not.toMatch(/^svc-test-/);
});
