// Tests spawn real processes (tsc, the packed CLI, python3, pre-commit) on a 2-core machine that
// may be busy: a generous per-test timeout keeps a slow machine from failing a correct test. Each
// test file's temporary folders live under one folder removed after it (test/setup-temp-root.ts),
// in one for the whole run removed at its end (test/global-temp-root.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    setupFiles: ["test/setup-temp-root.ts"],
    globalSetup: ["test/global-temp-root.ts"],
  },
});
