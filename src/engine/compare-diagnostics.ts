// The one order of diagnostics everywhere: by file, line, column, then rule id and pointer.
import type { Diagnostic } from "../types.js";

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.pointer.localeCompare(b.pointer)
  );
}
