// Mutation testing of the rules, the project model and the fs scan (npm run mutation; too slow for
// npm test). The mutants are split into chunks (MUTATION_CHUNK, see scripts/mutation.mjs) so a
// run of hours keeps what each finished chunk learnt: each chunk has its own incremental file under
// reports/ (ignored by git; scripts/mutation.mjs keeps a gzipped copy in docs/mutation-state/).
// scan-worker.ts runs only in worker threads, where Stryker cannot switch mutants on.
// See docs/mutation.md.
import { tmpdir } from "node:os";
import { join } from "node:path";

// Each chunk is sized to finish in well under an hour on 2 cores: Stryker writes the incremental
// file only when a run completes, so an interrupted chunk keeps nothing.
const chunks = {
  "fs-scan": ["src/fs/{records-scan,parallel-scan,scan-lines,read-lines,run-dataset,json-array-scan}.ts"],
  "fs-files": [
    "src/fs/*.ts",
    "!src/fs/{records-scan,parallel-scan,scan-lines,read-lines,run-dataset,json-array-scan}.ts",
    "!src/fs/scan-worker.ts",
  ],
  "project-runs": ["src/project/*.ts", "!src/project/{parallel-layout,gitignore,script-cache}.ts"],
  "project-layout-cache": ["src/project/{parallel-layout,gitignore,script-cache}.ts"],
  "project-arithmetic": ["src/project/script/arithmetic*.ts"],
  "project-text": ["src/project/script/{expand,shell-text}.ts"],
  "project-evaluate": ["src/project/script/*.ts", "!src/project/script/{arithmetic*,expand,shell-text}.ts"],
  "rules-lib": ["src/rules/lib/**/*.ts", "!src/rules/lib/model-parts.ts"],
  "rules-a-c": ["src/rules/[a-c]*.ts"],
  "rules-d-e": ["src/rules/[d-e]*.ts"],
  "rules-f": ["src/rules/f*.ts"],
  "rules-g-k": ["src/rules/[g-k]*.ts"],
  "rules-l-o": ["src/rules/[l-o]*.ts"],
  "rules-p-r": ["src/rules/[p-r]*.ts"],
  "rules-s-z": ["src/rules/[s-z]*.ts"],
};
const chunk = process.env.MUTATION_CHUNK;
if (chunk !== undefined && !(chunk in chunks)) {
  throw new Error(`MUTATION_CHUNK must be one of ${Object.keys(chunks).join(", ")}`);
}
const name = chunk ?? "all";

export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: chunk ? chunks[chunk] : Object.values(chunks).flat(),
  ignorePatterns: ["coverage", "reports", "*.tgz", ".stryker-tmp"],
  // Module-level mutants (rule meta, flag tables) need the whole suite per mutant: hours on 2 cores.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  // "live": each result as it is known (scripts/mutation-live-reporter.mjs)
  plugins: ["@stryker-mutator/*", "./scripts/mutation-live-reporter.mjs"],
  reporters: ["clear-text", "progress-append-only", "live"],
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 10_000,
  // Outside the git checkout: a sandbox inside it would be a git-ignored folder (.stryker-tmp/), and
  // check() leaves git-ignored files out of the folders it walks.
  tempDirName: join(tmpdir(), "stepvideo-config-stryker"),
  cleanTempDir: "always",
};
