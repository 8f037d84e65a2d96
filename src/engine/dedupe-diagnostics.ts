// One finding reported twice is noise: a file named by several runs is checked once, identical
// findings from several runs collapse, and a rule that reports the same place twice (e.g. two
// schema branches) shows once. Used by check() and validateText() alike.
import type { Diagnostic } from "../types.js";

export function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\u0000${d.file}\u0000${d.pointer}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
