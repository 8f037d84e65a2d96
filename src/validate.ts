// Library helpers for one value or one text of a known kind, e.g. for editors and tests. Their
// arguments are checked at run time (UsageError with a did-you-mean for a misspelt kind).
import { isPlainJson } from "./document/plain-value.js";
import { checkFile, fileContext } from "./engine/check-file.js";
import { dedupeDiagnostics } from "./engine/dedupe-diagnostics.js";
import { UsageError } from "./errors.js";
import { schemaKinds } from "./generated/kinds.js";
import { DEFAULT_RELEASE, RELEASES, type Release } from "./generated/releases.js";
import { taskOfPath } from "./project/entry-and-task.js";
import { loadDocument } from "./project/load-document.js";
import { isRelease } from "./releases/release-data.js";
import { ruleSettings } from "./rules/settings.js";
import { closest } from "./schema/display.js";
import type { Diagnostic, FileKind, RuleSettings } from "./types.js";

/** Located diagnostics for the text (or the bytes, decoded strictly as UTF-8) of one file of the given kind. */
export function validateText(
  kind: FileKind,
  text: string | Uint8Array,
  file = "<text>",
  rules: RuleSettings = {},
  release: Release = DEFAULT_RELEASE,
): Diagnostic[] {
  assertKind(kind);
  if (typeof text !== "string" && !(text instanceof Uint8Array))
    throw new UsageError(`validateText() takes a string or a Uint8Array, got ${typeof text}.`);
  return check(kind, text, file, rules, release);
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
  release: Release = DEFAULT_RELEASE,
): Diagnostic[] {
  assertKind(kind);
  const input = isPlainJson(value) ? { plain: value } : (JSON.stringify(value, null, 2) ?? "");
  return check(kind, input, "<value>", rules, release);
}

function check(
  kind: FileKind,
  text: string | Uint8Array | { plain: unknown },
  file: string,
  rules: RuleSettings,
  release: Release,
): Diagnostic[] {
  if (!isRelease(release)) throw new UsageError(`Unsupported release "${release}"; supported: ${RELEASES.join(", ")}.`);
  const settings = ruleSettings(rules);
  const task = taskOfPath(file);
  const loaded = loadDocument(file, text, { explicit: true }, kind);
  if (!loaded) return [];
  const ctx = fileContext(loaded, { release, task: task ? { task, source: "the file name" } : undefined });
  return dedupeDiagnostics(checkFile(ctx, settings).diagnostics);
}

function assertKind(kind: unknown): asserts kind is FileKind {
  if (typeof kind === "string" && (schemaKinds as readonly string[]).includes(kind)) return;
  const near = typeof kind === "string" ? closest(kind, schemaKinds) : undefined;
  throw new UsageError(
    `Unknown kind ${JSON.stringify(kind) ?? String(kind)}.${near ? ` Did you mean "${near}"?` : ""} Kinds: ${schemaKinds.join(", ")}.`,
  );
}
