// The files a fix or a migration may edit, and their new text, computed in memory: the check
// selects the files and their kinds, then each config that is valid UTF-8 and parses goes
// through `edit`. Nothing is written here (the CLI writes; see atomic-write.ts).
import { resolve } from "node:path";
import { check } from "../check.js";
import { decodeUtf8 } from "../document/decode-utf8.js";
import { JsonDocument } from "../document/json-document.js";
import type { RuleSettings } from "../engine/run-file-rules.js";
import { describeFault, readBytes } from "../fs/safe-read.js";
import { readSettingsFile } from "../settings-file.js";
import type { CheckOptions, FileKind } from "../types.js";
import type { FixedText } from "./fix-passes.js";

/** One file's edit: its text before and after, and the title of each change. */
export interface FileChange {
  /** Relative to the root, POSIX separators (as Diagnostic.file). */
  file: string;
  /** Absolute path. */
  path: string;
  before: string;
  after: string;
  applied: string[];
}

export interface EditResult {
  root: string;
  release: string;
  /** Files whose text changes. */
  changes: FileChange[];
  /** Files left alone whatever their problems: not valid UTF-8, a JSON syntax error, unreadable. */
  skipped: { file: string; reason: string }[];
}

export interface EditTarget {
  file: string;
  kind: FileKind;
  text: string;
  release: string;
  rules: RuleSettings;
}

export async function editFiles(options: CheckOptions, edit: (target: EditTarget) => FixedText): Promise<EditResult> {
  const report = await check({ ...options, checkPaths: false });
  const rules = { ...readSettingsFile(report.root).rules, ...options.rules };
  const changes: FileChange[] = [];
  const skipped: EditResult["skipped"] = [];
  for (const entry of report.files) {
    if (entry.kind === "unknown") continue;
    const path = resolve(report.root, entry.file);
    const read = await readBytes(path);
    if (!read.ok) {
      skipped.push({ file: entry.file, reason: describeFault(read.fault) });
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    const reason = decoded.error
      ? "not valid UTF-8"
      : new JsonDocument(decoded.text).ok
        ? undefined
        : "a JSON syntax error";
    if (reason) {
      skipped.push({ file: entry.file, reason });
      continue;
    }
    const { output, applied } = edit({
      file: entry.file,
      kind: entry.kind,
      text: decoded.text,
      release: report.release,
      rules,
    });
    if (output !== decoded.text) changes.push({ file: entry.file, path, before: decoded.text, after: output, applied });
  }
  return { root: report.root, release: report.release, changes, skipped };
}
