// The suite StrykerJS runs for each mutant (npm run mutation): the tests that exercise
// src/rules, src/project and src/fs in-process, without the ones that pack, regenerate, spawn
// python, pre-commit or editors, time the machine, or aim at other folders (the language server,
// migrate, the code cache) while checking whole trees: those would run for nearly every mutant
// and add seconds each without aiming at these folders. The score is thus a floor for the suite's.
import { mkdirSync } from "node:fs";
import { configDefaults, defineConfig } from "vitest/config";
import { FastFirstSequencer } from "./test/fast-first-sequencer.js";

// Under Stryker (it sets STRYKER_MUTATOR_WORKER), temporary trees go into its sandbox (the cwd,
// outside any git checkout), which Stryker deletes after the run: a mutant run that bails out or
// times out skips the tests' afterAll cleanup, and the leftovers in the system temp folder (example
// trees, 65 MiB test files) once filled a 252 GB disk in an afternoon.
const sandboxTemp = process.env.STRYKER_MUTATOR_WORKER !== undefined ? `${process.cwd()}/.mutation-tmp` : undefined;
if (sandboxTemp) mkdirSync(sandboxTemp, { recursive: true });

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    isolate: false,
    sequence: { sequencer: FastFirstSequencer },
    // growth-ratio tests compare timings that instrumented code on busy cores distorts (test/growth.ts)
    env: { STEPVIDEO_TIMING: "off", ...(sandboxTemp ? { TMPDIR: sandboxTemp } : {}) },
    exclude: [
      ...configDefaults.exclude,
      "test/package-consumers.test.ts",
      "test/generate.test.ts",
      "test/editor-proof.test.ts",
      "test/pre-commit.test.ts",
      "test/python-parity.test.ts",
      "test/selection-invariance.test.ts",
      "test/init-vscode.test.ts",
      "test/code-frame.test.ts",
      "test/language-server.test.ts",
      "test/lsp-server.test.ts",
      "test/lsp-neovim.test.ts",
      "test/code-cache.test.ts",
      "test/migrate.test.ts",
      "test/fuzz.test.ts",
      "test/script-cache-parity.test.ts",
      // growth-ratio timing tests: instrumented code changes the timings they compare
      "test/script/bounds.test.ts",
      "bench/**",
    ],
  },
});
