// Streams a text file as batches of numbered lines at constant memory: 64 KiB chunks split on
// "\n" by hand (several times faster than node:readline for million-line JSONL files).
import { createReadStream } from "node:fs";

export interface LineBatch {
  /** Line number of lines[0] (1-based). */
  first: number;
  lines: string[];
}

export async function* readLineBatches(path: string): AsyncGenerator<LineBatch> {
  let rest = "";
  let next = 1;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 })) {
    const parts = (rest + (chunk as string)).split("\n");
    rest = parts.pop()!;
    yield { first: next, lines: parts };
    next += parts.length;
  }
  if (rest.length > 0) yield { first: next, lines: [rest] };
}
