// What a check of one file reports before the engine locates it: a pointer, a messageId and the
// data for its template. Shared by the schema stage, the release adapter and the rules, so it
// sits below all three and imports nothing of theirs.
import type { Severity } from "./types.js";

/** Values a message template is filled with; a list (of rule ids, say) is joined with commas. */
export type ReportData = Record<string, string | number | readonly string[]>;

export interface RuleReport {
  pointer: string;
  /** Point at the key of the member (default: its value). */
  target?: "key" | "value";
  /** Explicit range, for findings that are not a JSON value (syntax errors). */
  offset?: number;
  length?: number;
  messageId: string;
  data?: ReportData;
  hint?: string;
  /** A severity the finding carries by nature (e.g. unknown-key in a closed section); user settings win. */
  severity?: Severity;
  fix?: ReportFix;
}

/**
 * A fix on the report's pointer: `text` replaces the key token (quotes included) or the value
 * token; the engine turns it into absolute offsets (Diagnostic.fix).
 */
export interface ReportFix {
  /** Default: the report's own target. */
  target?: "key" | "value";
  /** The replacement, as JSON text (a key or string value carries its quotes). */
  text: string;
  title: string;
}

/** A report tagged with the rule it belongs to (schema findings are made before any rule runs). */
export interface Finding {
  ruleId: string;
  report: RuleReport;
}

/** Rename a key in place (its value and position stay). */
export function renameKeyFix(from: string, to: string): ReportFix {
  return { target: "key", text: JSON.stringify(to), title: `Rename "${from}" to "${to}"` };
}
