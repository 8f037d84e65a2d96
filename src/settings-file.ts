// Reads the optional stepvideo-config.json at the root (project defaults for release, rule
// severities and ignored files), validated by its own generated schema. A broken file is a usage
// error that names its line and column. It is read from the root only: the root is the nearest
// folder upward from the current directory that holds it or a MindSpeed-MM marker (find-root.ts),
// so the settings file found is always the one of the checkout being checked.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ignore from "ignore";
import { JsonDocument } from "./document/json-document.js";
import { UsageError } from "./errors.js";
import { describeFault, readBytesSync } from "./fs/safe-read.js";
import type { SettingsFile } from "./generated/types.js";
import { allRules } from "./rules/index.js";
import { closest } from "./schema/display.js";
import { validateValue } from "./schema/validators.js";

const SETTINGS_FILE = "stepvideo-config.json";

export function readSettingsFile(root: string): SettingsFile {
  const path = join(root, SETTINGS_FILE);
  if (!existsSync(path)) return {};
  const read = readBytesSync(path); // stat first: a FIFO named stepvideo-config.json never blocks
  if (!read.ok) throw new UsageError(`${path} ${describeFault(read.fault)}.`);
  const doc = new JsonDocument(read.bytes);
  const problem = doc.parsed.syntax;
  if (problem) {
    const at = doc.lines.position(problem.offset);
    throw new UsageError(`${path}:${at.line}:${at.column}: ${problem.message}`);
  }
  const errors = validateValue("settings", doc.value);
  const unknownRule = errors.find((e) => e.keyword === "propertyNames");
  if (unknownRule) {
    // An unknown rule id: located at its entry, with the id meant.
    const id = String(unknownRule.params.propertyName);
    const at = doc.range(`${unknownRule.instancePath}/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    const near = closest(id, Object.keys(allRules));
    throw new UsageError(
      `${path}:${at.line}:${at.column}: Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ""}`,
    );
  }
  const [error] = errors;
  if (error) {
    const at = doc.range(error.instancePath);
    const where = error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : "";
    throw new UsageError(
      `${path}:${at.line}:${at.column}: ${error.instancePath || "the file"} ${error.message ?? "is invalid"}${where}`,
    );
  }
  return doc.value as SettingsFile;
}

/** A test for root-relative POSIX paths: true when the settings' `ignore` patterns (gitignore syntax) leave the file out. */
export function ignoredBySettings(settings: SettingsFile): (file: string) => boolean {
  if (!settings.ignore?.length) return () => false;
  const rules = ignore().add(settings.ignore);
  // A file outside the root (named by an absolute path) is never matched by root-relative patterns.
  return (file) => !file.startsWith("../") && rules.ignores(file);
}
