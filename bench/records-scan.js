#!/usr/bin/env node
// The scan side of the dataset-scan benchmark, run as a fresh process: the built scan module
// (dist/fs/records-scan.js) over one data.jsonl with --jobs N, as --check-paths runs it for a
// pretraining dataset (schema shape, files under data_folder). Prints one JSON line of figures.
import { scanRecords } from "../dist/fs/records-scan.js";

const [dataPath, dataFolder, jobs] = process.argv.slice(2);
const input = { dataPath, dataFolder, kind: "dataset-record", checkFiles: true, checkBasenames: false, combine: false };
const start = performance.now();
const scan = await scanRecords(input, undefined, undefined, { jobs: Number(jobs) });
const ms = performance.now() - start;
const problems = [...scan.findings.byRule.values()].reduce((n, e) => n + e.shown.length + e.more, 0);
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
const cpuMs = (userCPUTime + systemCPUTime) / 1000;
console.log(JSON.stringify({ ms, cpuMs, records: scan.records, problems, maxRssKb: maxRSS }));
