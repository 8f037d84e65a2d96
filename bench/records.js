#!/usr/bin/env node
// Dataset-scan benchmark (--check-paths): a generated 1,000,000-record data.jsonl naming 100,000
// videos. Prints records per second of the scan (parse, schema check, file existence) as a
// ratio to bare line-split + JSON.parse of the same file, both measured here, and the scan's peak
// RSS (measured in a child process so the baseline's whole-file read does not count).
// Targets: ratio >= 0.6, peak RSS < 150 MB.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const VIDEOS = Number(process.env.BENCH_VIDEOS ?? 100_000);
const PER_DIR = 1000;
const scanModule = fileURLToPath(new URL("../dist/fs/records-scan.js", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "svc-bench-"));
try {
  const t0 = performance.now();
  for (let d = 0; d < VIDEOS / PER_DIR; d++) {
    mkdirSync(join(dir, "videos", `d${d}`), { recursive: true });
    for (let i = 0; i < PER_DIR; i++) writeFileSync(join(dir, "videos", `d${d}`, `v${i}.mp4`), "");
  }
  const data = join(dir, "data.jsonl");
  const out = createWriteStream(data);
  for (let r = 0; r < RECORDS; r++) {
    const v = r % VIDEOS;
    const line = `${JSON.stringify({
      file: `videos/d${Math.floor(v / PER_DIR)}/v${v % PER_DIR}.mp4`,
      captions: [`一只熊猫在竹林里吃竹子 ${r}`, `a panda eating bamboo, take ${r}`],
      aesthetic: 5.5,
    })}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  console.log(
    `generated ${RECORDS} records naming ${VIDEOS} videos in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const b0 = performance.now();
  let parsed = 0;
  for (const line of readFileSync(data, "utf8").split("\n")) {
    if (!line) continue;
    JSON.parse(line);
    parsed++;
  }
  const baseline = performance.now() - b0;

  const child = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `
    const { scanRecords } = await import(${JSON.stringify(scanModule)});
    const t = performance.now();
    const scan = await scanRecords({ dataPath: ${JSON.stringify(data)}, dataFolder: ${JSON.stringify(dir)}, kind: "dataset-record", checkFiles: true, checkBasenames: false, combine: false });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, records: scan.records, problems: [...scan.findings.byRule.values()].reduce((n, e) => n + e.shown.length + e.more, 0), maxRssKb: process.resourceUsage().maxRSS }));
  `,
    ],
    { encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const scan = JSON.parse(child.stdout);
  const rate = (n, ms) => Math.round(n / (ms / 1000));
  console.log(
    `baseline (split + JSON.parse): ${rate(parsed, baseline).toLocaleString()} records/s (${(baseline / 1000).toFixed(2)} s)`,
  );
  console.log(
    `scan (parse, schema, files):  ${rate(scan.records, scan.ms).toLocaleString()} records/s (${(scan.ms / 1000).toFixed(2)} s), ${scan.problems} problems`,
  );
  const ratio = baseline / scan.ms;
  console.log(
    `ratio ${ratio.toFixed(2)} (target >= 0.6) ${ratio >= 0.6 ? "ok" : "UNDER"}; peak RSS ${(scan.maxRssKb / 1024).toFixed(0)} MB (target < 150 MB) ${scan.maxRssKb / 1024 < 150 ? "ok" : "OVER"}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
