// Offsets → 1-based line/column. Columns count characters (code points), so a tab or an
// astral character is one column, as the diagnostic contract says. Lookups are O(log n): a
// minified one-line file with thousands of diagnostics must not cost a walk per diagnostic.
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];
  /** Offsets of the high surrogate of each surrogate pair, ascending: the only places where code units and columns part. */
  private readonly pairs: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) this.pairs.push(i++);
      }
    }
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = upperBound(this.starts, at) - 1;
    const start = this.starts[line]!;
    // A pair counts as one column once both halves lie before `at`.
    const pairsBefore = this.pairs.length === 0 ? 0 : lowerBound(this.pairs, at - 1) - lowerBound(this.pairs, start);
    return { line: line + 1, column: at - start - pairsBefore + 1 };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    let end = this.starts[line] ?? this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** First index whose value is ≥ `value`. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > `value`. */
function upperBound(sorted: number[], value: number): number {
  return lowerBound(sorted, value + 1);
}
