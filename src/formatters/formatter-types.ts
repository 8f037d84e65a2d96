// What a formatter gets: the report, a way to read a checked file's text (for code frames),
// and whether colour is wanted. Formatters return text; they never print.
import type { Report } from "../types.js";

interface FormatContext {
  color: boolean;
  readSource(file: string): string | undefined;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
