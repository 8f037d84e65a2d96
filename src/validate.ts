// Library helpers for one value or one text of a known kind, e.g. for editors and tests.
import { checkLoaded, loadDocument } from "./engine/check-document.js";
import { dedupeDiagnostics } from "./engine/dedupe-diagnostics.js";
import type { RuleSettings } from "./engine/run-file-rules.js";
import { taskOfPath } from "./project/run-entry.js";
import { DEFAULT_RELEASE } from "./releases/release-data.js";
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
  const { diagnostics } = checkLoaded(loadDocument(file, text, true, kind)!, {
    settings: rules,
    release,
    task: task ? { task, source: "the file name" } : undefined,
  });
  return dedupeDiagnostics(diagnostics);
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
