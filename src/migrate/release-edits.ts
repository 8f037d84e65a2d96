// What `migrate --to <release>` changes in one config, read off the release table
// (release-data.ts, the same facts the hints name): keys renamed before 2.1.0 or in a release,
// keys a release started to read (added with the value its own examples use) and keys it no
// longer reads (removed). Works in both directions; a key written twice is left to the check.
import type { JsonDocument } from "../document/json-document.js";
import { escapePointerSegment } from "../document/json-tree.js";
import type { Release } from "../generated/releases.js";
import {
  compareReleases,
  KEYS_INTRODUCED,
  KEYS_KNOWN_UNTIL,
  RENAMED_BEFORE_RELEASES,
} from "../releases/release-data.js";
import type { FileKind } from "../types.js";

export type ReleaseEdit =
  | { op: "rename"; object: string; from: string; to: string; title: string }
  | { op: "add"; object: string; key: string; value: boolean; title: string }
  | { op: "remove"; object: string; key: string; title: string };

export function releaseEdits(doc: JsonDocument, kind: FileKind, to: Release): ReleaseEdit[] {
  const keys = (object: string): string[] | undefined => {
    const node = doc.find(object)?.node;
    return node?.type === "object" ? node.properties.map((p) => p.key) : undefined;
  };
  const once = (object: string, key: string) => keys(object)?.filter((k) => k === key).length === 1;
  const absent = (object: string, key: string) => keys(object)?.includes(key) === false;
  const rename = (object: string, from: string, name: string, why: string): ReleaseEdit[] =>
    once(object, from) && absent(object, name)
      ? [{ op: "rename", object, from, to: name, title: `Rename ${where(object, from)} to "${name}" (${why})` }]
      : [];
  const edits: ReleaseEdit[] = [];
  for (const r of RENAMED_BEFORE_RELEASES) edits.push(...rename(r.object, r.from, r.to, "renamed before 2.1.0"));
  for (const k of KEYS_INTRODUCED.filter((k) => k.kind.includes(kind))) {
    const reads = compareReleases(to, k.since) >= 0;
    if (k.replaces)
      edits.push(
        ...(reads
          ? rename(k.object, k.replaces, k.key, `renamed in ${k.since}`)
          : rename(k.object, k.key, k.replaces, `named so before ${k.since}`)),
      );
    else if (reads && k.value !== undefined && absent(k.object, k.key))
      edits.push({
        op: "add",
        object: k.object,
        key: k.key,
        value: k.value,
        title: `Add ${where(k.object, k.key)}: ${k.value} (read since ${k.since})`,
      });
    else if (!reads && once(k.object, k.key))
      edits.push({
        op: "remove",
        object: k.object,
        key: k.key,
        title: `Remove ${where(k.object, k.key)} (read since ${k.since})`,
      });
  }
  for (const k of KEYS_KNOWN_UNTIL.filter((k) => k.kind.includes(kind) && compareReleases(to, k.until) > 0)) {
    for (const key of k.keys.filter((key) => once(k.object, key)))
      edits.push({
        op: "remove",
        object: k.object,
        key,
        title: `Remove ${where(k.object, key)} (read only up to ${k.until})`,
      });
  }
  return edits;
}

/** `dpo.histgram_path`, as messages name places. */
function where(object: string, key: string): string {
  return `\`${`${object}/${escapePointerSegment(key)}`.slice(1).replace(/\//g, ".")}\``;
}
