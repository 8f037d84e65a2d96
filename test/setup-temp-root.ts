// Every test file's temporary folders go under one folder of its own, removed when the file's
// tests end: tests make hundreds of folders (example trees with datasets, tens of MB each) and
// most do not remove their own, so without this each `npm test` left gigabytes in the system's
// temporary folder. The folder sits in the run's (test/global-temp-root.ts), removed at the end
// whatever happened to the file's. Child processes the tests spawn inherit the variables, so the
// CLI's default code-cache folder (<tmpdir>/node-compile-cache) is the file's own too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const root = mkdtempSync(join(process.env.SVC_TEST_RUN_TMPDIR ?? tmpdir(), "svc-test-"));
for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = root;

afterAll(() => {
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
});
