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
    // Native regex scans: a 50 MB file is indexed in one fast pass each.
    for (const m of text.matchAll(/\r\n?|\n/g)) this.starts.push(m.index + m[0].length);
    for (const m of text.matchAll(/[\ud800-\udbff](?=[\udc00-\udfff])/g)) this.pairs.push(m.index);
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
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** How many characters (code points) a 1-based line has, without its line break. */
  lineLength(line: number): number {
    return this.position(this.lineEnd(line)).column - 1;
  }

  /** Text of a line from `column` (1-based, code points) to before `endColumn`, without walking the line. */
  slice(line: number, column: number, endColumn: number): string {
    return this.text.slice(this.offsetAt(line, column), this.offsetAt(line, endColumn));
  }

  /** Offset of a 1-based line and column, clamped to the line; never inside a surrogate pair. */
  offsetAt(line: number, column: number): number {
    const start = this.lineStart(line);
    // The column of offset o is o - start - (pairs wholly before o) + 1, non-decreasing in o: find
    // the last offset whose column is at most the one asked for.
    let lo = start;
    let hi = this.lineEnd(line);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.position(mid).column <= column) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  private lineEnd(line: number): number {
    const start = this.lineStart(line);
    let end = this.starts[line] ?? this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
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
