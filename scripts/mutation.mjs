// npm run mutation: runs StrykerJS chunk by chunk (stryker.config.mjs, MUTATION_CHUNK) so an
// interrupted run keeps the chunks it finished, then prints the score per folder from the chunk
// reports. `npm run mutation -- fs project` runs only those chunks; `--report` only summarises.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const CHUNKS = [
  "fs-scan",
  "fs-files",
  "project-runs",
  "project-layout-cache",
  "project-arithmetic",
  "project-text",
  "project-evaluate",
  "rules-lib",
  "rules-a-f",
  "rules-g-o",
  "rules-p-z",
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

for (const chunk of reportOnly ? [] : named.length ? named : CHUNKS) {
  console.log(`\n== mutation chunk ${chunk} ==`);
  const run = spawnSync("npx", ["stryker", "run"], {
    stdio: "inherit",
    env: { ...process.env, MUTATION_CHUNK: chunk },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const tally = new Map(FOLDERS.map((f) => [f, { detected: 0, undetected: 0 }]));
const survivors = [];
for (const chunk of CHUNKS) {
  const file = `reports/mutation/${chunk}.json`;
  if (!existsSync(file)) {
    console.log(`${chunk}: no report yet (${file})`);
    continue;
  }
  for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(file, "utf8")).files)) {
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
if (args.includes("--survivors")) for (const s of survivors) console.log(`  ${s}`);
process.exit(pct(all) >= 80 ? 0 : 1);
