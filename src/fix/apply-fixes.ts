// Applies fixes to a text as eslint does: in order of position, skipping a fix that overlaps or
// touches one already taken (the file is re-checked and the rest applied in the next pass).
import type { Fix } from "../types.js";

export interface AppliedFixes {
  output: string;
  applied: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = "";
  let cursor = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= lastEnd || start > end || end > text.length || start < 0) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied.push(fix);
  }
  return { output: output + text.slice(cursor), applied };
}
