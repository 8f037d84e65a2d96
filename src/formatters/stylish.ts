// --format stylish (default): diagnostics grouped by file, each with its location, rule id,
// message, hint, the related locations (`↳ TP = 8 is set here  x.sh:12:1`) and the source line with
// a caret and the JSON pointer; then one docs link per rule shown and a summary line. Infos are
// folded to one line per file unless --verbose (which also widens the code frames), so a clean
// checkout fits one screen. Text from the files is escaped (escape-text.ts); each file's lines are
// indexed once for its code frames.
import { LineIndex } from "../document/line-index.js";
import type { Diagnostic, Severity } from "../types.js";
import { codeFrame } from "./code-frame.js";
import { docsUrl } from "./docs-url.js";
import { escapeControls as esc } from "./escape-text.js";
import type { FormatContext, Formatter } from "./formatter-types.js";
import { foldedInfos, summaryLine } from "./stylish-summary.js";

const COLORS: Record<Severity | "dim" | "bold", [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};
type Paint = (style: keyof typeof COLORS, text: string) => string;

export const stylish: Formatter = (report, ctx) => {
  const paint: Paint = (style, text) =>
    ctx.color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  const infoOnly: string[] = [];
  const documented = new Set<string>();
  for (const [file, diagnostics] of byFile) {
    const shown = ctx.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== "info");
    const folded = foldedInfos(ctx.verbose ? [] : diagnostics.filter((d) => d.severity === "info"));
    if (shown.length === 0) {
      infoOnly.push(`${paint("bold", esc(file))}  ${paint("info", folded)}`);
      continue;
    }
    out.push(paint("bold", esc(file)));
    const source = ctx.readSource(file);
    const lines = source === undefined ? undefined : new LineIndex(source);
    for (const d of shown) {
      out.push(...diagnosticLines(d, lines, ctx, paint));
      documented.add(d.ruleId);
    }
    if (folded) out.push(`  ${paint("info", folded)}`);
    out.push("");
  }
  if (infoOnly.length > 0) out.push(...infoOnly, "");
  for (const id of [...documented].sort()) out.push(paint("dim", `docs  ${id}  ${docsUrl(id)}`));
  const { summary } = report;
  const line = summaryLine(summary, { quiet: ctx.quiet === true, folded: !ctx.verbose && summary.infos > 0 });
  out.push(paint(summary.errors > 0 ? "error" : summary.warnings > 0 ? "warning" : "bold", line));
  return `${out.join("\n")}\n`;
};

function diagnosticLines(d: Diagnostic, lines: LineIndex | undefined, ctx: FormatContext, paint: Paint): string[] {
  const out = [
    `  ${d.line}:${d.column}  ${paint(d.severity, d.severity.padEnd(7))}  ${esc(d.message)}  ${paint("dim", esc(d.ruleId))}`,
  ];
  if (d.hint) out.push(`    hint: ${esc(d.hint)}`);
  for (const r of d.related ?? [])
    out.push(`    ↳ ${esc(r.message)}  ${paint("dim", `${esc(r.file)}:${r.line}:${r.column}`)}`);
  const pointer = d.pointer ? paint("dim", esc(d.pointer)) : undefined;
  if (lines) {
    const frame = codeFrame(lines, d.line, d.column, d.endLine, d.endColumn, {
      context: ctx.verbose ? 1 : 0,
      ...(pointer ? { note: pointer } : {}),
    });
    out.push(...frame.split("\n").map((l) => `    ${l}`));
  } else if (pointer) out.push(`    at ${pointer}`);
  return out;
}
