// Turns the library's Diagnostic (1-based lines and columns, paths relative to the root) into the
// Language Server Protocol's (0-based positions, URIs): the rule id as the code, its docs page as
// the code's link, `related` as related information, the hint in the message.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type DiagnosticRelatedInformation,
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range,
} from "vscode-languageserver";
import { packageUrl } from "../package-root.js";
import type { Diagnostic, Severity } from "../types.js";

const SOURCE = "stepvideo-config";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The URI of a file the report names, relative to its root. */
export function fileUri(root: string, file: string): string {
  return pathToFileURL(resolve(root, file)).href;
}

/** The shipped docs page of a rule (docs/rules/<id>.md in the package) as a file URI. */
export function docsUri(docs: string): string {
  return packageUrl(docs).href;
}

function rangeOf(d: { line: number; column: number; endLine?: number; endColumn?: number }): Range {
  const start = { line: d.line - 1, character: d.column - 1 };
  const end = d.endLine !== undefined ? { line: d.endLine - 1, character: (d.endColumn ?? d.column) - 1 } : start;
  return { start, end };
}

export function toLspDiagnostic(d: Diagnostic, root: string): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({
    location: { uri: fileUri(root, r.file), range: rangeOf(r) },
    message: r.message,
  }));
  return {
    range: rangeOf(d),
    severity: SEVERITIES[d.severity],
    code: d.ruleId,
    ...(d.docs ? { codeDescription: { href: docsUri(d.docs) } } : {}),
    source: SOURCE,
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { messageId: d.messageId, pointer: d.pointer },
  };
}
