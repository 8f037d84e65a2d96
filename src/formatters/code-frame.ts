// A few source lines around a diagnostic with a caret under its range, like a compiler's. Only a
// window of about 160 characters around the column is shown, so a minified multi-megabyte line
// prints as fast as a short one; the caller indexes each file's lines once (LineIndex).
import type { LineIndex } from "../document/line-index.js";
import { escapeControls } from "./escape-text.js";

const WINDOW = 160;
/** Characters shown before the column when the line is cut. */
const LEAD = 60;
const ELLIPSIS = "…";

/** Lines shown above and below the diagnostic's line, and text written after its caret (a JSON pointer). */
interface FrameOptions {
  context?: number;
  note?: string;
}

export function codeFrame(
  lines: LineIndex,
  line: number,
  column: number,
  endLine?: number,
  endColumn?: number,
  { context = 1, note }: FrameOptions = {},
): string {
  const first = Math.max(1, line - context);
  const last = Math.min(lines.lineCount, line + context);
  const gutter = String(last).length;
  const from = column - 1 > WINDOW - 10 ? column - LEAD : 1;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const to = Math.min(lines.lineLength(n) + 1, from + WINDOW);
    const head = from > 1 ? ELLIPSIS : "";
    const tail = to <= lines.lineLength(n) ? ELLIPSIS : "";
    const show = (a: number, b: number) => (b > a ? escapeControls(lines.slice(n, a, b).replace(/\t/g, " ")) : "");
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(gutter)} | ${head}${show(from, to)}${tail}`);
    if (n === line) {
      const before = head + show(from, Math.min(column, to));
      const span = endLine === line && endColumn && endColumn > column ? endColumn - column : 1;
      const room = Math.max(1, to - column + (tail ? 1 : 0));
      const caret = " ".repeat([...before].length) + "^".repeat(Math.max(1, Math.min(span, room, 80)));
      out.push(`  ${" ".repeat(gutter)} | ${caret}${note ? ` ${note}` : ""}`);
    }
  }
  return out.join("\n");
}
