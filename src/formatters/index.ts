// Formatters by name, sorted; the CLI picks one with --format, and the library's format() turns a
// report into any of them (`format(report, "sarif")`), reading code frames from the report's root.
import { UsageError } from "../errors.js";
import { closest } from "../schema/display.js";
import type { Report } from "../types.js";
import type { FormatContext, Formatter } from "./formatter-types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { readDiskSource } from "./read-source.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const formatters: Record<string, Formatter> = { github, json, sarif, stylish };

/** The names format() and --format accept. */
export type FormatName = "github" | "json" | "sarif" | "stylish";

/** The report as text in the named format; stylish without colour unless asked. */
export function format(report: Report, name: FormatName, options: Partial<FormatContext> = {}): string {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    const near = closest(String(name), Object.keys(formatters));
    throw new UsageError(
      `Unknown format "${String(name)}".${near ? ` Did you mean "${near}"?` : ""} Formats: ${Object.keys(formatters).join(", ")}.`,
    );
  }
  return formatter(report, {
    color: false,
    readSource: (file) => readDiskSource(report.root, file),
    ...options,
  });
}
export type { FormatContext, Formatter } from "./formatter-types.js";
