#!/usr/bin/env node
// Dataset-scan benchmark (--check-paths): the scan against a floor doing the same reading work, both
// fresh processes on the same generated file in the same run (bench/records-floor.js, -scan.js),
// then 2 workers (beside what the floor itself gets from two threads), then the built CLI end to
// end. `--large`: 10,000,000 records instead of 1,000,000.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { bareNodeNote } from "./bare-node-env.js";

const large = process.argv.includes("--large");
const RECORDS = Number(process.env.BENCH_RECORDS ?? (large ? 10_000_000 : 1_000_000));
const RUNS = Number(process.env.BENCH_RUNS ?? (large ? 1 : 3));
const VIDEOS = 100_000;
const PER_DIR = 1000;
const MISSING_EVERY = 250_000; // a few records name files that are not there, as real datasets do
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here("../dist/bin/cli.cjs");

/** fixtures/example with its t2v/i2v pretraining dataset (sora_features/data.jsonl) replaced by a big one. */
async function generate(root) {
  cpSync(here("../fixtures/example"), root, { recursive: true });
  const folder = join(root, "sora_features");
  for (let d = 0; d < VIDEOS / PER_DIR; d++) {
    mkdirSync(join(folder, "videos", `d${d}`), { recursive: true });
    for (let i = 0; i < PER_DIR; i++) writeFileSync(join(folder, "videos", `d${d}`, `v${i}.mp4`), "");
  }
  const out = createWriteStream(join(folder, "data.jsonl"));
  let block = "";
  for (let r = 0; r < RECORDS; r++) {
    const v = r % VIDEOS;
    const file = r % MISSING_EVERY === 7 ? `videos/gone/v${r}.mp4` : `videos/d${(v / PER_DIR) | 0}/v${v % PER_DIR}.mp4`;
    block += `{"file":"${file}","captions":["一只熊猫在竹林里吃竹子 ${r}","a panda eating bamboo, take ${r}"],"aesthetic":5.5}\n`;
    if (block.length < 1 << 16) continue;
    if (!out.write(block)) await once(out, "drain");
    block = "";
  }
  out.end(block);
  await once(out, "finish");
  return { data: join(folder, "data.jsonl"), folder };
}

/** Runs a script in a fresh node process; returns the JSON it prints last. */
function child(script, args) {
  const result = spawnSync(process.execPath, [here(script), ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script}: exit ${result.status}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

/**
 * The floor twice at once, two fresh processes over the whole file each: what two threads doing
 * the scan's kind of work (reading, splitting, JSON.parse: allocation-heavy, unlike a spin loop)
 * get from this machine now. Returns the wall time until both finish.
 */
async function floorPair(dataPath) {
  const start = performance.now();
  await Promise.all(
    [0, 1].map(async () => {
      const proc = spawn(process.execPath, [here("./records-floor.js"), dataPath], { stdio: "ignore" });
      const [code] = await once(proc, "exit");
      if (code !== 0) throw new Error(`records-floor.js: exit ${code}`);
    }),
  );
  return performance.now() - start;
}

/** The CLI as a user runs it; peak RSS reported by a preloaded exit hook. */
function cliRun(root) {
  const hook = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxRssKb="+process.resourceUsage().maxRSS))`;
  const start = performance.now();
  const args = ["--import", hook, cli, "check", root, "--check-paths", "--format", "json"];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`cli: exit ${result.status}\n${result.stderr}`);
  return {
    ms,
    maxRssKb: Number(/maxRssKb=(\d+)/.exec(result.stderr)?.[1]),
    diagnostics: JSON.parse(result.stdout).diagnostics.length,
  };
}

/** What two busy threads get from this machine right now: time of one spin ÷ time of two at once. */
async function machineSpeedup() {
  const spin =
    "let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x);";
  const threads = async (n) => {
    const start = performance.now();
    await Promise.all(
      Array.from({ length: n }, () => new Promise((done) => new Worker(spin, { eval: true }).once("message", done))),
    );
    return performance.now() - start;
  };
  const one = await threads(1);
  return one / ((await threads(2)) / 2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (records, ms) => Math.round(records / (ms / 1000));
const fmt = (n) => n.toLocaleString("en");
const mb = (kb) => kb / 1024;
const verdict = (ok) => (ok ? "ok" : "MISSED");

const root = mkdtempSync(join(tmpdir(), "svc-bench-"));
try {
  const t0 = performance.now();
  const { data, folder } = await generate(root);
  const size = statSync(data).size;
  const load = loadavg()[0].toFixed(1);
  console.log(
    `node ${process.version}, ${availableParallelism()} cores (os.availableParallelism()), load average ${load} at the start (other processes skew every figure)`,
  );
  console.log(
    `dataset: ${fmt(RECORDS)} records naming ${fmt(VIDEOS)} videos, ${(size / 1e6).toFixed(0)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s; each figure the median of ${RUNS} run(s), interleaved`,
  );
  if (bareNodeNote()) console.log(`(${bareNodeNote()})`);
  const machine = await machineSpeedup();
  const runs = { floor: [], serial: [], parallel: [], pairMs: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.floor.push(child("./records-floor.js", [data]));
    runs.pairMs.push(await floorPair(data));
    runs.serial.push(child("./records-scan.js", [data, folder, "1"]));
    runs.parallel.push(child("./records-scan.js", [data, folder, "2"]));
  }
  const pick = (xs) => ({
    ...xs[0],
    ms: median(xs.map((x) => x.ms)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    maxRssKb: Math.max(...xs.map((x) => x.maxRssKb)),
  });
  const floor = pick(runs.floor);
  const serial = pick(runs.serial);
  const parallel = pick(runs.parallel);
  if (serial.records !== floor.records || parallel.problems !== serial.problems)
    throw new Error(
      `scans disagree: floor ${floor.records}, serial ${serial.records}/${serial.problems}, parallel ${parallel.records}/${parallel.problems}`,
    );
  const ratio = rate(serial.records, serial.ms) / rate(floor.records, floor.ms);
  const speedup = serial.ms / parallel.ms;
  const floorSpeedup = (2 * floor.ms) / median(runs.pairMs);
  const rssOk = (kb) => `peak RSS ${mb(kb).toFixed(0)} MB (target < 150 MB) ${verdict(mb(kb) < 150)}`;
  console.log(
    `floor  (fresh node: 64 KiB chunks, split lines, JSON.parse each): ${fmt(rate(floor.records, floor.ms))} records/s, ${(floor.ms / 1000).toFixed(2)} s; peak RSS ${mb(floor.maxRssKb).toFixed(0)} MB`,
  );
  console.log(
    `scan, serial (fresh node, scan module dist/fs/records-scan.js, jobs 1; shape, files, ${serial.problems} problems): ${fmt(rate(serial.records, serial.ms))} records/s, ${(serial.ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `  ratio to the floor ${ratio.toFixed(2)} (target >= 0.6) ${verdict(ratio >= 0.6)}; by CPU time (less sensitive to other load) ${(floor.cpuMs / serial.cpuMs).toFixed(2)}; ${rssOk(serial.maxRssKb)}`,
  );
  console.log(
    `scan, 2 workers (same module, jobs 2): ${fmt(rate(parallel.records, parallel.ms))} records/s, ${(parallel.ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `  speed-up ${speedup.toFixed(2)}× over serial (target >= 1.6× on 10M records${large ? "" : "; this run has fewer, see --large"}) ${verdict(speedup >= 1.6)}; ${rssOk(parallel.maxRssKb)} (both workers)`,
  );
  console.log(
    `  CPU time ${(parallel.cpuMs / serial.cpuMs).toFixed(2)}× the serial scan's; two busy threads (a spin loop) got ${machine.toFixed(2)}× from this machine just before, the floor run twice at once ${floorSpeedup.toFixed(2)}× (twice its work in ${(median(runs.pairMs) / 1000).toFixed(2)} s): the most a parallel scan can show now`,
  );
  const end = cliRun(root);
  console.log(
    `CLI end to end (dist/bin/cli.cjs check <example tree + this dataset> --check-paths, default jobs, start-up and all rules included): ${fmt(rate(RECORDS, end.ms))} records/s, ${(end.ms / 1000).toFixed(2)} s, ${end.diagnostics} diagnostics; ${rssOk(end.maxRssKb)}`,
  );
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
