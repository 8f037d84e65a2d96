// Scans a large JSON Lines dataset on several threads: the file is cut into byte ranges at line
// boundaries, one worker per range, and the results are merged in line order, so the findings,
// their line numbers and the "N more" counts are those of the serial scan.
import type { FileHandle } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CappedFindings } from "./capped-findings.js";
import type { WorkerMessage, WorkerTask } from "./scan-worker.js";

/** Files below this size are scanned on the calling thread: a worker's start-up would cost more. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Range boundaries: `parts` ranges of about equal size, each ending just after a "\n" (or at EOF). */
export async function splitAtLines(handle: FileHandle, size: number, parts: number): Promise<number[]> {
  const cuts = [0];
  const buffer = Buffer.alloc(1 << 16);
  for (let i = 1; i < parts; i++) {
    let at = Math.max(Math.floor((size * i) / parts), cuts[cuts.length - 1]!);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      const nl = buffer.subarray(0, bytesRead).indexOf(10);
      if (nl !== -1 || bytesRead === 0) {
        at = nl === -1 ? size : at + nl + 1;
        break;
      }
      at += bytesRead;
    }
    if (at > cuts[cuts.length - 1]! && at < size) cuts.push(at);
  }
  cuts.push(size);
  return cuts;
}

/** From source (vitest, tsx) the worker is TypeScript: register tsx in the worker before loading it. */
function startWorker(task: WorkerTask): Worker {
  // A small young generation: the scan's garbage is short-lived, and V8's default (up to 48 MB
  // per thread) would be most of each worker's memory; scavenges stay cheap at this size.
  const options = { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 12 } };
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./scan-worker.js", here), options);
  const tsx = createRequire(here)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const code = `const { register } = await import(${JSON.stringify(pathToFileURL(tsx).href)}); register();
await import(${JSON.stringify(new URL("./scan-worker.ts", here).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), options);
}

export interface ParallelResult {
  records: number;
  /** Per range, in order: its line count and findings (line numbers within the range). */
  ranges: { lines: number; findings: CappedFindings["byRule"] }[];
}

export async function scanInWorkers(
  handle: FileHandle,
  size: number,
  base: Omit<WorkerTask, "start" | "end">,
  jobs: number,
  onProgress?: (records: number) => void,
): Promise<ParallelResult> {
  const cuts = await splitAtLines(handle, size, jobs);
  const seen = new Array<number>(cuts.length - 1).fill(0);
  let reported = 0;
  const results = await Promise.all(
    cuts.slice(1).map(
      (end, i) =>
        new Promise<Extract<WorkerMessage, { type: "done" }>>((resolve, reject) => {
          const worker = startWorker({ ...base, start: cuts[i]!, end });
          worker.on("message", (m: WorkerMessage) => {
            if (m.type === "done") return resolve(m);
            seen[i] = m.records;
            const total = seen.reduce((a, b) => a + b, 0);
            if (!onProgress || total - reported < 100_000) return;
            reported = total - (total % 100_000);
            onProgress(reported);
          });
          worker.on("error", reject);
          worker.on("exit", (code) => reject(new Error(`scan worker exited with code ${code}`)));
        }),
    ),
  );
  return {
    records: results.reduce((n, r) => n + r.records, 0),
    ranges: results.map((r) => ({ lines: r.lines, findings: r.findings })),
  };
}
