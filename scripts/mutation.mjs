// npm run mutation: runs StrykerJS chunk by chunk (stryker.config.mjs, MUTATION_CHUNK) so an
// interrupted run keeps the chunks it finished, then prints the score per folder from the chunks'
// incremental reports. `npm run mutation -- fs-scan rules-lib` runs only those chunks; `--report`
// only summarises. A full run takes longer than a working session on 2 cores, so each finished
// chunk's incremental report is kept in git, gzipped (docs/mutation-state/): a fresh clone starts
// from it and Stryker re-tests only the mutants whose code or covering tests changed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

const CHUNKS = [
  "fs-scan",
  "fs-files",
  "project-runs",
  "project-layout-cache",
  "project-arithmetic",
  "project-text",
  "project-evaluate",
  "rules-lib",
  "rules-a-c",
  "rules-d-e",
  "rules-f",
  "rules-g-k",
  "rules-l-o",
  "rules-p-r",
  "rules-s-z",
];
const FOLDERS = ["src/fs", "src/project", "src/rules"];
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const args = process.argv.slice(2);
const reportOnly = args.includes("--report");
const named = args.filter((a) => !a.startsWith("--"));
const unknown = named.filter((c) => !CHUNKS.includes(c));
if (unknown.length) {
  console.error(`unknown chunk ${unknown.join(", ")}; chunks: ${CHUNKS.join(", ")}`);
  process.exit(2);
}

const STATE = "docs/mutation-state";
const incremental = (chunk) => `reports/stryker-incremental-${chunk}.json`;
const kept = (chunk) => `${STATE}/${chunk}.json.gz`;

/** The chunk's incremental report: the working copy under reports/, else the one kept in git. */
function readState(chunk) {
  if (existsSync(incremental(chunk))) return readFileSync(incremental(chunk), "utf8");
  if (existsSync(kept(chunk))) return gunzipSync(readFileSync(kept(chunk))).toString("utf8");
  return undefined;
}

for (const chunk of reportOnly ? [] : named.length ? named : CHUNKS) {
  console.log(`\n== mutation chunk ${chunk} ==`);
  const state = readState(chunk);
  if (state !== undefined && !existsSync(incremental(chunk))) {
    mkdirSync("reports", { recursive: true });
    writeFileSync(incremental(chunk), state);
  }
  const run = spawnSync("npx", ["stryker", "run"], {
    stdio: "inherit",
    env: { ...process.env, MUTATION_CHUNK: chunk },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  mkdirSync(STATE, { recursive: true });
  writeFileSync(kept(chunk), gzipSync(readFileSync(incremental(chunk)), { level: 9 }));
}

const tally = new Map(FOLDERS.map((f) => [f, { detected: 0, undetected: 0 }]));
const survivors = [];
const missing = [];
for (const chunk of CHUNKS) {
  const state = readState(chunk);
  if (state === undefined) {
    missing.push(chunk);
    continue;
  }
  for (const [path, { mutants }] of Object.entries(JSON.parse(state).files)) {
    const folder = FOLDERS.find((f) => path.startsWith(`${f}/`));
    if (!folder) continue;
    for (const m of mutants) {
      if (DETECTED.has(m.status)) tally.get(folder).detected++;
      if (UNDETECTED.has(m.status)) {
        tally.get(folder).undetected++;
        survivors.push(`${path}:${m.location.start.line} ${m.mutatorName} ${m.status} ${m.replacement ?? ""}`.trim());
      }
    }
  }
}
const pct = ({ detected, undetected }) => (detected + undetected ? (100 * detected) / (detected + undetected) : NaN);
let all = { detected: 0, undetected: 0 };
for (const [folder, t] of tally) {
  const score = t.detected + t.undetected ? `${pct(t).toFixed(1)} %` : "not run";
  console.log(`${folder.padEnd(12)} ${score}  (${t.detected} detected, ${t.undetected} undetected)`);
  all = { detected: all.detected + t.detected, undetected: all.undetected + t.undetected };
}
console.log(`${"together".padEnd(12)} ${pct(all).toFixed(1)} %  (threshold 80 %)`);
if (missing.length) console.log(`partial: chunks not run yet: ${missing.join(", ")}`);
if (args.includes("--survivors")) for (const s of survivors) console.log(`  ${s}`);
process.exit(pct(all) >= 80 && missing.length === 0 ? 0 : 1);
