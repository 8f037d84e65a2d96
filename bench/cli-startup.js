#!/usr/bin/env node
// Start-up benchmark: wall time of `stepvideo-config check` as a ratio to bare `node -e 0`,
// both measured here in the same run (interleaved, median of N), for three named files and
// for the whole shipped example tree. Targets: ≤ 1.25× and ≤ 1.5×.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = fileURLToPath(new URL("../dist/bin/cli.js", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const example = "fixtures/example";
const three = [
  `${example}/examples/stepvideo/t2v/pretrain_t2v_model.json`,
  `${example}/examples/stepvideo/t2v/data_static_resolution.json`,
  `${example}/mindspeed_mm/tools/tools.json`,
];
const cases = [
  { name: "baseline: node -e 0", args: ["-e", "0"] },
  { name: "check three named files", args: [cli, "check", ...three, "--format", "json"], target: 1.25 },
  { name: "check the example tree", args: [cli, "check", example, "--format", "json"], target: 1.5 },
];

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0 && args[0] !== "-e") throw new Error(`exit ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = cases.map(() => []);
for (let i = 0; i < runs + 2; i++) {
  cases.forEach((c, j) => {
    const ms = time(c.args);
    if (i >= 2) samples[j].push(ms); // two warm-up rounds fill the file cache
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples[0]);
console.log(`runs: ${runs} (median), node ${process.version}`);
cases.forEach((c, j) => {
  const m = median(samples[j]);
  const ratio = m / base;
  const verdict = c.target ? (ratio <= c.target ? `ok (target ≤ ${c.target}×)` : `OVER target ${c.target}×`) : "";
  console.log(`${c.name.padEnd(28)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${verdict}`);
});
