// A few source lines around a diagnostic with a caret under its range, like a compiler's.
export function codeFrame(source: string, line: number, column: number, endLine?: number, endColumn?: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, " ");
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
    if (n === line) {
      const chars = [...(lines[n - 1] ?? "")];
      const span = endLine === line && endColumn && endColumn > column ? endColumn - column : 1;
      const caret =
        " ".repeat(Math.max(0, Math.min(column - 1, chars.length))) + "^".repeat(Math.max(1, Math.min(span, 80)));
      out.push(`  ${" ".repeat(width)} | ${caret}`);
    }
  }
  return out.join("\n");
}
