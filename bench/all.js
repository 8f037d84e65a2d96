#!/usr/bin/env node
// `npm run bench`: every figure of the benchmarks in one run, each against its floor measured in
// the same run: start-up vs `node -e 0`, the CLI vs ajv-cli on the same file and schema,
// validate() vs the bare generated validator, the dataset scan vs a JSON.parse floor.
// `--large` gives the scan 10,000,000 records (minutes) instead of 1,000,000.
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const start = performance.now();
console.log(
  `stepvideo-config benchmarks: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), load average ${loadavg()[0].toFixed(1)} at the start (other processes skew every figure)`,
);
for (const script of ["cli-startup.js", "vs-ajv-cli.js", "validate.js", "records.js"]) {
  console.log("");
  const args = [fileURLToPath(new URL(script, import.meta.url)), ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
console.log(`\nall benchmarks: ${((performance.now() - start) / 1000).toFixed(0)} s`);
