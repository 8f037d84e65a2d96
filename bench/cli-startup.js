#!/usr/bin/env node
// Start-up benchmark: wall time of `stepvideo-config check` as a ratio to bare `node -e 0`, both
// fresh processes measured here in the same run (interleaved, median of N). Run inside a copy of
// the example checkout, as pre-commit runs it: the launch scripts there name the files, so they are
// evaluated. Warm: the script cache (and Node 22's compile cache) filled by an earlier run; cold:
// an empty cache folder for every run; edited (no target, shown for what pre-commit sees after a
// launch script changed): warm caches, but one script edited before every run, so the bash grammar
// loads and parses it. Targets: warm ≤ 1.25× (three files), ≤ 1.5× (the tree); cold ≤ 2×. Every
// process, the floor too, starts without NODE_EXTRA_CA_CERTS (bare-node-env.js).
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bareNodeNote, extraCaCerts } from "./bare-node-env.js";

const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 15);
const checkout = mkdtempSync(join(tmpdir(), "svc-startup-"));
cpSync(fileURLToPath(new URL("../fixtures/example", import.meta.url)), checkout, {
  recursive: true,
  filter: (path) => !path.endsWith("node_modules"), // a cache a local run left there
});
const three = [
  "examples/stepvideo/t2v/pretrain_t2v_model.json",
  "examples/stepvideo/t2v/data_static_resolution.json",
  "mindspeed_mm/tools/tools.json",
];
const warmCompileCache = join(checkout, ".node-compile-cache");
let coldRun = 0;
/** A fresh, empty script-cache and compile-cache folder per cold run. */
const cold = () => {
  const dir = join(checkout, `.cold-${coldRun++}`);
  return { args: ["--cache-location", dir], env: { NODE_COMPILE_CACHE: join(dir, "compile") } };
};
const warm = () => ({ args: [], env: { NODE_COMPILE_CACHE: warmCompileCache } });
const editedScript = join(checkout, "examples/stepvideo/t2v/pretrain_t2v.sh");
const original = readFileSync(editedScript);
let edits = 0;
/**
 * Warm caches, and a launch script the script cache has never seen, put back after the run. The
 * edited runs keep a script cache of their own, so that their entries (one more per run) do not
 * grow the one the warm runs read.
 */
const edited = () => {
  appendFileSync(editedScript, `# edit ${edits++}\n`);
  return {
    ...warm(),
    args: ["--cache-location", join(checkout, ".edited-cache")],
    after: () => writeFileSync(editedScript, original),
  };
};
const cases = [
  { name: "floor: node -e 0", node: ["-e", "0"], floor: true },
  // No target: what the variable bare-node-env.js unsets costs every start of Node 20 here.
  ...(extraCaCerts === undefined
    ? []
    : [
        {
          name: "node -e 0, CA certificates",
          node: ["-e", "0"],
          mode: () => ({ args: [], env: { NODE_EXTRA_CA_CERTS: extraCaCerts } }),
        },
      ]),
  // No target: what starting the CLI costs before it checks anything (loading the bundle through
  // its code cache), the part of every figure below that a check's own work comes on top of.
  { name: "--version, warm", node: [cli, "--version"], mode: warm },
  { name: "three named files, warm", node: [cli, "check", ...three], mode: warm, target: 1.25 },
  { name: "three named files, cold", node: [cli, "check", ...three], mode: cold, target: 2 },
  { name: "three named files, edited", node: [cli, "check", ...three], mode: edited },
  { name: "the example tree, warm", node: [cli, "check", "."], mode: warm, target: 1.5 },
  { name: "the example tree, cold", node: [cli, "check", "."], mode: cold, target: 2 },
];

function run(args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: checkout,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

try {
  // The cache changes nothing but time: a cold, a warm and an uncached run print the same report.
  const json = ["--format", "json"];
  const outputs = [cold().args, [], [], ["--no-cache"]].map((extra) => run([cli, "check", ".", ...json, ...extra]));
  if (new Set(outputs.map((o) => o.stdout)).size !== 1) throw new Error("cached and uncached reports differ");

  const samples = cases.map(() => []);
  for (let i = 0; i < runs + 2; i++) {
    for (const [j, c] of cases.entries()) {
      const mode = c.mode?.() ?? { args: [], env: {} };
      const { ms } = run([...c.node, ...mode.args], mode.env);
      mode.after?.();
      if (i >= 2) samples[j].push(ms); // two warm-up rounds fill the file system cache and the warm caches
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = median(samples[0]);
  console.log(
    `start-up, in a copy of fixtures/example (its 7 launch scripts name the files): median of ${runs} interleaved runs each`,
  );
  if (bareNodeNote()) console.log(`  (${bareNodeNote()}: "CA certificates" shows what that adds)`);
  for (const [j, c] of cases.entries()) {
    const m = median(samples[j]);
    const ratio = m / floor;
    const verdict = c.floor
      ? "(the floor)"
      : c.target
        ? `(target ≤ ${c.target}×) ${ratio <= c.target ? "ok" : "MISSED"}`
        : "(no target)";
    console.log(`  ${c.name.padEnd(26)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× the floor ${verdict}`);
  }
} finally {
  rmSync(checkout, { recursive: true, force: true });
}
