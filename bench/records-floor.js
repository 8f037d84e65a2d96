#!/usr/bin/env node
// The floor of the dataset-scan benchmark, run as a fresh process like the scan: read the file in
// 64 KiB chunks, split lines, JSON.parse each line, nothing else. Prints one JSON line of figures.
import { createReadStream } from "node:fs";

const start = performance.now();
let records = 0;
let rest = "";
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 16 })) {
  const text = rest + chunk;
  let from = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", from)) {
    const line = text.slice(from, nl);
    from = nl + 1;
    if (line === "") continue;
    JSON.parse(line);
    records++;
  }
  rest = text.slice(from);
}
if (rest !== "") {
  JSON.parse(rest);
  records++;
}
const ms = performance.now() - start;
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
console.log(JSON.stringify({ ms, cpuMs: (userCPUTime + systemCPUTime) / 1000, records, maxRssKb: maxRSS }));
