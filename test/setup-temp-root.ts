// Every test file's temporary folders go under one folder of its own, removed when the file's
// tests end: tests make hundreds of folders (example trees with datasets, tens of MB each) and
// most do not remove their own, so without this each `npm test` left gigabytes in the system's
// temporary folder. Child processes the tests spawn inherit the variables, so the CLI's default
// code-cache folder (<tmpdir>/node-compile-cache) is the file's own too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// A worker process runs several test files in turn: the first one's tmpdir() is the system's.
process.env.SVC_TEST_SYSTEM_TMPDIR ??= tmpdir();
const root = mkdtempSync(join(process.env.SVC_TEST_SYSTEM_TMPDIR, "svc-test-"));
for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = root;

afterAll(() => {
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
});
