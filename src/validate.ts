// Library helpers for one value or one text of a known kind, e.g. for editors and tests.
import { isPlainJson } from "./document/plain-value.js";
import { checkFile, fileContext } from "./engine/check-file.js";
import { dedupeDiagnostics } from "./engine/dedupe-diagnostics.js";
import type { RuleSettings } from "./engine/run-file-rules.js";
import { DEFAULT_RELEASE } from "./generated/releases.js";
import { taskOfPath } from "./project/entry-and-task.js";
import { loadDocument } from "./project/load-document.js";
import type { Diagnostic, FileKind } from "./types.js";

/** Located diagnostics for the text (or the bytes, decoded strictly as UTF-8) of one file of the given kind. */
export function validateText(
  kind: FileKind,
  text: string | Uint8Array,
  file = "<text>",
  rules: RuleSettings = {},
  release: string = DEFAULT_RELEASE,
): Diagnostic[] {
  return check(kind, text, file, rules, release);
}

function check(
  kind: FileKind,
  text: string | Uint8Array | { plain: unknown },
  file: string,
  rules: RuleSettings,
  release: string,
): Diagnostic[] {
  const task = taskOfPath(file);
  const loaded = loadDocument(file, text, { explicit: true, selected: true }, kind);
  if (!loaded) return [];
  const ctx = fileContext(loaded, { release, task: task ? { task, source: "the file name" } : undefined });
  return dedupeDiagnostics(checkFile(ctx, rules).diagnostics);
}

/**
 * Diagnostics for an in-memory value; positions refer to the value printed as indented JSON. A
 * value that prints as itself is checked as it is, and printed only when a diagnostic needs a
 * position; any other (a Date, NaN, undefined members …) is printed and read back first.
 */
export function validate(
  kind: FileKind,
  value: unknown,
  rules: RuleSettings = {},
  release: string = DEFAULT_RELEASE,
): Diagnostic[] {
  const input = isPlainJson(value) ? { plain: value } : (JSON.stringify(value, null, 2) ?? "");
  return check(kind, input, "<value>", rules, release);
}
