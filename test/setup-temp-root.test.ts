// The suite's temporary folders: every test file has its own, in the run's folder under the
// system's (test/global-temp-root.ts, test/setup-temp-root.ts); child processes the tests spawn use
// it too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname } from "node:path";
import { expect, test } from "vitest";

test("a test file's temporary folder is its own, in the run's, and child processes use it", () => {
  const own = tmpdir();
  expect(basename(own)).toMatch(/^svc-test-/);
  expect(existsSync(own)).toBe(true);
  const run = dirname(own);
  expect(run).toBe(process.env.SVC_TEST_RUN_TMPDIR);
  expect(basename(run)).toMatch(/^svc-test-run-/);
  expect(basename(dirname(run))).not.toMatch(/^svc-test-/); // not nested in another file's or run's
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], {
    encoding: "utf8",
  });
  expect(child.stdout).toBe(own);
});
