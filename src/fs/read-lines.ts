// Streams a text file (or a byte range of it) as batches of numbered lines at constant memory:
// 64 KiB chunks split on "\n" by hand, several times faster than node:readline. A line spanning
// chunks is kept as pieces and joined once, so a long line costs linear time; one longer than
// MAX_LINE_CHARS is dropped while it streams by and given as null.
import type { FileHandle } from "node:fs/promises";

/** Longest line kept (characters of the decoded text, 64 Mi); a dataset record is never near it. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

export interface LineBatch {
  /** Line number of lines[0] (1-based). */
  first: number;
  /** The lines, without "\n"; null for a line longer than the limit, which is not kept. */
  lines: (string | null)[];
}

export interface ByteRange {
  /** First byte (default 0). */
  start?: number;
  /** Byte after the last (default: the end of the file). */
  end?: number;
}

export async function* readLineBatches(
  file: FileHandle,
  range: ByteRange = {},
  maxLine = MAX_LINE_CHARS,
): AsyncGenerator<LineBatch> {
  let pieces: string[] = [];
  let carried = 0;
  let skipping = false; // the current line passed maxLine: its pieces are dropped
  let next = 1;
  const carry = (piece: string) => {
    if (skipping) return;
    carried += piece.length;
    if (carried > maxLine) {
      skipping = true;
      pieces = [];
    } else pieces.push(piece);
  };
  const finish = (tail: string): string | null => {
    const line = skipping || carried + tail.length > maxLine ? null : pieces.length ? pieces.join("") + tail : tail;
    pieces = [];
    carried = 0;
    skipping = false;
    return line;
  };
  const stream = file.createReadStream({
    encoding: "utf8",
    highWaterMark: 1 << 16,
    autoClose: false,
    start: range.start ?? 0,
    ...(range.end !== undefined ? { end: range.end - 1 } : {}),
  });
  for await (const chunk of stream as AsyncIterable<string>) {
    let nl = chunk.indexOf("\n");
    if (nl === -1) {
      carry(chunk);
      continue;
    }
    const lines = [finish(chunk.slice(0, nl))];
    let start = nl + 1;
    for (nl = chunk.indexOf("\n", start); nl !== -1; nl = chunk.indexOf("\n", start)) {
      lines.push(nl - start > maxLine ? null : chunk.slice(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) carry(chunk.slice(start));
    yield { first: next, lines };
    next += lines.length;
  }
  if (carried > 0 || skipping) yield { first: next, lines: [finish("")] };
}
