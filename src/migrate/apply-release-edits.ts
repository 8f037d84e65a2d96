// Applies release edits to a config's text, one at a time on the current text, keeping its layout:
// a rename replaces only the key token; additions and removals are jsonc-parser `modify` edits
// indented as the file is. An edit whose result would not parse is dropped.
import { applyEdits, type FormattingOptions, modify } from "jsonc-parser";
import { JsonDocument } from "../document/json-document.js";
import { escapePointerSegment, parsePointer } from "../document/json-tree.js";
import { renameKeyFix } from "../findings.js";
import { applyFixes } from "../fix/apply-fixes.js";
import type { FixedText } from "../fix/fix-passes.js";
import type { ReleaseEdit } from "./release-edits.js";

export function applyReleaseEdits(text: string, edits: readonly ReleaseEdit[]): FixedText {
  const formattingOptions = layoutOf(new JsonDocument(text));
  let current = text;
  const applied: string[] = [];
  for (const edit of edits) {
    const next = edit.op === "rename" ? renamed(current, edit) : modified(current, edit, formattingOptions);
    if (next === current || !new JsonDocument(next).ok) continue;
    current = next;
    applied.push(edit.title);
  }
  return { output: current, applied };
}

function renamed(text: string, edit: Extract<ReleaseEdit, { op: "rename" }>): string {
  const span = new JsonDocument(text).span(`${edit.object}/${escapePointerSegment(edit.from)}`, "key");
  if (!span) return text;
  const { text: replacement, title } = renameKeyFix(edit.from, edit.to);
  return applyFixes(text, [{ range: span, text: replacement, title }]).output;
}

function modified(text: string, edit: Exclude<ReleaseEdit, { op: "rename" }>, formattingOptions: FormattingOptions) {
  const path = [...parsePointer(edit.object), edit.key];
  return applyEdits(text, modify(text, path, edit.op === "add" ? edit.value : undefined, { formattingOptions }));
}

/** The file's indentation (from its first top-level key) and line ending. */
function layoutOf(doc: JsonDocument): FormattingOptions {
  const eol = doc.text.includes("\r\n") ? "\r\n" : "\n";
  const root = doc.parsed.root;
  const first = root?.type === "object" ? root.properties[0] : undefined;
  if (!first) return { insertSpaces: true, tabSize: 2, eol };
  const { line, column } = doc.lines.position(first.keyOffset);
  if (line === doc.lines.position(root!.offset).line) return { insertSpaces: true, tabSize: 2, eol };
  const indent = doc.text.slice(first.keyOffset - (column - 1), first.keyOffset);
  if (indent.startsWith("\t")) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: /^ +$/.test(indent) ? indent.length : 2, eol };
}
