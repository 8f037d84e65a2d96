// Reads the optional stepvideo-config.json at the root (project defaults for release and rule
// severities), validated by its own generated schema. A broken file is a usage error that
// names its line and column.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { JsonDocument } from "./document/json-document.js";
import { UsageError } from "./errors.js";
import { describeFault, readBytesSync } from "./fs/safe-read.js";
import type { SettingsFile } from "./generated/types.js";
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
  const [error] = validateValue("settings", doc.value);
  if (error) {
    const at = doc.range(error.instancePath);
    const where = error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : "";
    throw new UsageError(
      `${path}:${at.line}:${at.column}: ${error.instancePath || "the file"} ${error.message ?? "is invalid"}${where}`,
    );
  }
  return doc.value as SettingsFile;
}
