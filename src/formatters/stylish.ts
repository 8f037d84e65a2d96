// --format stylish (default): diagnostics grouped by file, each with its rule id, message,
// hint and a code frame; a summary line last. Colour only when asked for (a TTY). Text from the
// files is escaped (escape-text.ts) and each file's lines are indexed once for its code frames.
import { LineIndex } from "../document/line-index.js";
import type { Diagnostic, Severity } from "../types.js";
import { codeFrame } from "./code-frame.js";
import { escapeControls as esc } from "./escape-text.js";
import type { Formatter } from "./formatter-types.js";

const COLORS: Record<Severity | "dim" | "bold", [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

export const stylish: Formatter = (report, ctx) => {
  const paint = (style: keyof typeof COLORS, text: string) =>
    ctx.color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, diagnostics] of byFile) {
    out.push(paint("bold", esc(file)));
    const source = ctx.readSource(file);
    const lines = source === undefined ? undefined : new LineIndex(source);
    for (const d of diagnostics) {
      out.push(
        `  ${d.line}:${d.column}  ${paint(d.severity, d.severity.padEnd(7))}  ${esc(d.message)}  ${paint("dim", esc(d.ruleId))}`,
      );
      if (d.pointer) out.push(paint("dim", `    at ${esc(d.pointer)}`));
      if (d.hint) out.push(`    hint: ${esc(d.hint)}`);
      if (lines) out.push(indent(codeFrame(lines, d.line, d.column, d.endLine, d.endColumn), "    "));
    }
    out.push("");
  }
  const { errors, warnings, infos, files, runs } = report.summary;
  const total = errors + warnings + infos;
  const line = `${total === 0 ? "No problems" : `${total} problem${total === 1 ? "" : "s"}`} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info) in ${files} file${files === 1 ? "" : "s"}${runs > 0 ? ` and ${runs} run${runs === 1 ? "" : "s"}` : ""}`;
  out.push(paint(errors > 0 ? "error" : warnings > 0 ? "warning" : "bold", line));
  return `${out.join("\n")}\n`;
};

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((l) => prefix + l)
    .join("\n");
}
