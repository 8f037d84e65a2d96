// Library helpers for one value or one text of a known kind, e.g. for editors and tests.
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
  const task = taskOfPath(file);
  const loaded = loadDocument(file, text, { explicit: true, selected: true }, kind);
  if (!loaded) return [];
  const ctx = fileContext(loaded, { release, task: task ? { task, source: "the file name" } : undefined });
  return dedupeDiagnostics(checkFile(ctx, rules).diagnostics);
}

/** Diagnostics for an in-memory value; positions refer to the value printed as indented JSON. */
export function validate(
  kind: FileKind,
  value: unknown,
  rules: RuleSettings = {},
  release: string = DEFAULT_RELEASE,
): Diagnostic[] {
  return validateText(kind, JSON.stringify(value, null, 2) ?? "", "<value>", rules, release);
}
