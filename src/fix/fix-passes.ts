// Fixes a text until nothing changes: apply the non-overlapping fixes, re-check, repeat (at most
// ten passes, as eslint). A pass whose result would not parse is dropped: a fix never leaves a
// file with a JSON syntax error.
import { JsonDocument } from "../document/json-document.js";
import type { Diagnostic } from "../types.js";
import { applyFixes } from "./apply-fixes.js";

const MAX_PASSES = 10;

export interface FixedText {
  output: string;
  /** Titles of the fixes applied, in order. */
  applied: string[];
}

export function fixPasses(text: string, diagnosticsOf: (text: string) => Diagnostic[]): FixedText {
  let current = text;
  const applied: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = diagnosticsOf(current).flatMap((d) => (d.fix ? [d.fix] : []));
    const result = applyFixes(current, fixes);
    if (result.output === current || !new JsonDocument(result.output).ok) break;
    current = result.output;
    applied.push(...result.applied.map((f) => f.title));
  }
  return { output: current, applied };
}
