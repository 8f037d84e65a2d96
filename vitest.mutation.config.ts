// The suite StrykerJS runs for each mutant (npm run mutation): the tests that exercise
// src/rules, src/project and src/fs in-process, without the ones that pack, regenerate, spawn
// python or pre-commit, time the machine, or run only the built CLI and worker threads.
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    isolate: false,
    // growth-ratio tests compare timings that instrumented code on busy cores distorts (test/growth.ts)
    env: { STEPVIDEO_TIMING: "off" },
    exclude: [
      ...configDefaults.exclude,
      "test/package-consumers.test.ts",
      "test/generate.test.ts",
      "test/editor-proof.test.ts",
      "test/pre-commit.test.ts",
      "test/python-parity.test.ts",
      "test/selection-invariance.test.ts",
      "test/fs-parallel-scan.test.ts",
      "test/init-vscode.test.ts",
      "test/code-frame.test.ts",
      // growth-ratio timing tests: instrumented code changes the timings they compare
      "test/script/bounds.test.ts",
      "bench/**",
    ],
  },
});
