// The part of a file's value that rules may read although the file has schema errors: the value
// with every invalid member taken out (an invalid array element takes its whole array with it).
// So a run rule that reads TP and num_heads still runs when a dtype elsewhere is wrong, and what it
// cannot read is exactly what a reported schema error points at.
import { escapePointerSegment, parsePointer } from "../document/json-tree.js";
import type { Finding } from "../findings.js";

/**
 * Findings that say a present value is wrong. A missing required key leaves nothing to take out; an
 * integer written as a float token (`48.0`) keeps its number, which Python computes with like 48, so
 * the checks that read it judge it now rather than after the token is mended.
 */
function invalidates(finding: Finding): boolean {
  const { report } = finding;
  return (
    finding.ruleId !== "integer-token" && report.messageId !== "required" && (report.severity ?? "error") === "error"
  );
}

/** The pointers whose values a schema finding rejects. */
export function invalidPointers(findings: readonly Finding[]): string[] {
  return findings.filter(invalidates).map((f) => f.report.pointer);
}

/**
 * Whether a rule's report is about a rejected value: its pointer (or the key it names under that
 * pointer, as "lacks `key`" reports do) is at or under one. The schema finding already says what
 * is wrong there; a rule that saw the member missing must not add "absent" to "invalid".
 */
export function concernsInvalid(pointer: string, key: unknown, invalid: readonly string[]): boolean {
  const places = typeof key === "string" ? [pointer, `${pointer}/${escapePointerSegment(key)}`] : [pointer];
  return places.some((place) => invalid.some((bad) => place === bad || place.startsWith(`${bad}/`)));
}

export function usableValue(value: unknown, findings: readonly Finding[]): unknown {
  const invalid = invalidPointers(findings).map(parsePointer);
  if (invalid.length === 0) return value;
  if (invalid.some((segments) => segments.length === 0)) return undefined;
  const copy = structuredClone(value);
  for (const segments of invalid) removeMember(copy, segments);
  return copy;
}

/** Deletes the deepest object member on the path: the invalid value, or the array holding it. */
function removeMember(root: unknown, segments: string[]): void {
  let node: unknown = root;
  let holder: { object: Record<string, unknown>; key: string } | undefined;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      node = node[Number(segment)];
      continue;
    }
    if (!node || typeof node !== "object") break;
    const object = node as Record<string, unknown>;
    if (!Object.hasOwn(object, segment)) break;
    holder = { object, key: segment };
    node = object[segment];
  }
  if (holder) delete holder.object[holder.key];
}
