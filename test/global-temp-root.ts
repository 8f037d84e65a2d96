// vitest globalSetup: one temporary folder for the whole run, removed when the run ends, under
// which each test file makes its own (test/setup-temp-root.ts). A test file whose tests are all
// skipped runs no afterAll, and its worker is stopped rather than exiting, so only the run's end
// can remove what such a file was given.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "svc-test-run-"));
  process.env.SVC_TEST_RUN_TMPDIR = root; // the workers, started after this, inherit it
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
