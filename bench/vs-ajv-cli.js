#!/usr/bin/env node
// `stepvideo-config check FILE` against `ajv validate -s SCHEMA -d FILE` (ajv-cli, a dev
// dependency) on the same file and the same shipped schema, each a fresh node process, interleaved,
// median of N. ajv-cli gets the options our build compiles the schemas with (all errors, strict,
// NaN allowed, union types, ajv-formats and the x-path keyword). Target: ≥ 3× faster than ajv-cli.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bareNodeNote } from "./bare-node-env.js";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here("../dist/bin/cli.cjs");
const ajvCli = createRequire(import.meta.url).resolve("ajv-cli/dist/index.js");
const runs = Number(process.env.BENCH_RUNS ?? 15);
const files = [
  { kind: "model", from: "examples/stepvideo/t2v/pretrain_t2v_model.json" },
  { kind: "data", from: "examples/stepvideo/t2v/data_static_resolution.json" },
  { kind: "tools", from: "mindspeed_mm/tools/tools.json" },
];
const ajvOptions = ["--all-errors", "--strict=true", "--strict-numbers=false", "--allow-union-types"];
// A folder outside any checkout: no launch script is read, both tools see just the file.
const dir = mkdtempSync(join(tmpdir(), "svc-vs-ajv-"));

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(" ")}: exit ${result.status}\n${result.stdout}${result.stderr}`);
  return ms;
}

try {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`ajv-cli comparison: one file per process, median of ${runs} interleaved runs each`);
  if (bareNodeNote()) console.log(`  (${bareNodeNote()})`);
  for (const { kind, from } of files) {
    const file = `${kind}.json`;
    copyFileSync(here(`../fixtures/example/${from}`), join(dir, file));
    const ours = [cli, "check", file];
    const ajv = [ajvCli, "validate", "-s", here(`../schemas/${kind}.schema.json`), "-d", file];
    ajv.push("-c", here("./ajv-cli-keywords.cjs"), ...ajvOptions);
    const samples = { ours: [], ajv: [] };
    for (let i = 0; i < runs + 1; i++) {
      const a = time(ours);
      const b = time(ajv);
      if (i > 0) samples.ours.push(a) && samples.ajv.push(b); // the first round warms the file system cache
    }
    const [o, a] = [median(samples.ours), median(samples.ajv)];
    const speedup = a / o;
    console.log(
      `  ${kind.padEnd(5)} check ${o.toFixed(1)} ms, ajv validate ${a.toFixed(1)} ms (the floor): ${speedup.toFixed(2)}× faster (target ≥ 3×) ${speedup >= 3 ? "ok" : "MISSED"}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
