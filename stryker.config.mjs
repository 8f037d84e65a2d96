// Mutation testing of the rules, the project model and the fs scan (npm run mutation; too slow for
// npm test). scan-worker.ts runs only in worker threads, where Stryker cannot switch mutants on.
// The incremental file stays local (reports/ is ignored): see docs/mutation.md.
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "src/rules/**/*.ts",
    "src/project/**/*.ts",
    "src/fs/**/*.ts",
    "!src/rules/lib/model-parts.ts",
    "!src/fs/scan-worker.ts",
  ],
  ignorePatterns: ["coverage", "reports", "*.tgz"],
  // Module-level mutants (rule meta, flag tables) need the whole suite per mutant: hours on 2 cores.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: 80 },
  concurrency: 2,
  timeoutMS: 10_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
