// What a formatter gets: the report, a way to read a checked file's text (for code frames),
// whether colour is wanted, and the stylish options (--verbose, --quiet). Formatters return text;
// they never print.
import type { Report } from "../types.js";

export interface FormatContext {
  color: boolean;
  readSource(file: string): string | undefined;
  /** List every info with its code frame and full context lines (stylish folds infos to one line per file). */
  verbose?: boolean;
  /** The report holds errors only: the summary counts nothing else. */
  quiet?: boolean;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
