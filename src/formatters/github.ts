// --format github: GitHub Actions workflow commands, one annotation per diagnostic. GitHub shows
// only ten annotations of each kind per step, so a summary line says how many there are in all
// and points to SARIF (code scanning) for the full list. Control characters from the files are
// escaped first (escape-text.ts); newlines in messages stay, as %0A.
import type { Severity } from "../types.js";
import { escapeControls } from "./escape-text.js";
import type { Formatter } from "./formatter-types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
const SHOWN_PER_KIND = 10;

/** Escaping of workflow command data and properties (actions/toolkit's command.ts). */
const escapeData = (s: string) =>
  escapeControls(s, true).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const github: Formatter = (report) => {
  const lines = report.diagnostics.map((d) => {
    const props = [`file=${d.file}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
    if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
    props.push(`title=${d.ruleId}`);
    const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
    return `::${COMMAND[d.severity]} ${props
      .map((p) => {
        const at = p.indexOf("=");
        return `${p.slice(0, at)}=${escapeProperty(p.slice(at + 1))}`;
      })
      .join(",")}::${escapeData(text)}`;
  });
  const { errors, warnings, infos } = report.summary;
  const capped = errors > SHOWN_PER_KIND || warnings > SHOWN_PER_KIND || infos > SHOWN_PER_KIND;
  lines.push(
    `stepvideo-config: ${errors} error(s), ${warnings} warning(s), ${infos} info in ${report.summary.files} file(s)` +
      (capped
        ? `; GitHub shows at most ${SHOWN_PER_KIND} annotations of each kind per step: upload --format sarif output to code scanning for the full list`
        : ""),
  );
  return `${lines.join("\n")}\n`;
};
