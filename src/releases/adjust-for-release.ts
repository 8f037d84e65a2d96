// Adapts file findings (judged by the 26.0.0 schemas) to the release the user targets, from the
// table in release-data.ts: a key not yet read is not required, a key's old name is the right
// one before its rename, and hints say what changed in which release.
import { type Finding, renameKeyFix } from "../findings.js";
import type { FileKind } from "../types.js";
import {
  compareReleases,
  KEYS_INTRODUCED,
  KEYS_KNOWN_UNTIL,
  RENAMED_BEFORE_RELEASES,
  rowsFor,
} from "./release-data.js";

export interface ReleaseContext {
  kind: FileKind;
  release: string;
  /** Keys of the object at a pointer. */
  keysAt(pointer: string): string[];
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf("/"));
const objectName = (pointer: string) => `\`${pointer.slice(1).replace(/\//g, ".")}\``;

/**
 * `findings` of the schema check (then a key read under its old name is added) or of the
 * unknown-key walk (then keys the targeted release does not read yet are added).
 */
export function adjustForRelease(findings: Finding[], of: "schema" | "unknown-key", ctx: ReleaseContext): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const { report } = finding;
    const key = String(report.data?.key ?? "");
    if (report.messageId === "required") {
      const introduced = KEYS_INTRODUCED.find(
        (k) => k.kind.includes(ctx.kind) && k.object === report.pointer && k.key === key,
      );
      if (introduced && compareReleases(ctx.release, introduced.since) < 0) continue; // not read yet in that release
      const renamed = RENAMED_BEFORE_RELEASES.find(
        (r) => r.object === report.pointer && r.to === key && ctx.keysAt(report.pointer).includes(r.from),
      );
      const hint = introduced
        ? introduced.replaces && ctx.keysAt(report.pointer).includes(introduced.replaces)
          ? `\`${introduced.replaces}\` was renamed \`${key}\` in ${introduced.since}; rename it for release ${ctx.release}.`
          : `\`${key}\` is read since ${introduced.since}: a file from an older release lacks it. Add it for release ${ctx.release}.`
        : renamed
          ? `\`${renamed.from}\` was renamed \`${renamed.to}\` before MindSpeed-MM 2.1.0; the old name is ignored and \`${renamed.to}\` is missing.`
          : undefined;
      out.push(hint ? { ...finding, report: { ...report, hint } } : finding);
      continue;
    }
    if (finding.ruleId === "unknown-key") {
      const object = parentOf(report.pointer);
      const oldName = KEYS_INTRODUCED.find(
        (k) => k.kind.includes(ctx.kind) && k.object === object && k.replaces === key,
      );
      if (oldName && compareReleases(ctx.release, oldName.since) < 0) continue; // the right name in that release
      const known = KEYS_KNOWN_UNTIL.find(
        (k) => k.kind.includes(ctx.kind) && k.object === object && k.keys.includes(key),
      );
      if (known && compareReleases(ctx.release, known.until) <= 0) continue;
      const renamed = RENAMED_BEFORE_RELEASES.find((r) => r.object === object && r.from === key);
      const hint = oldName
        ? `\`${key}\` was renamed \`${oldName.key}\` in ${oldName.since}.`
        : known
          ? `Read only up to ${known.until} (${known.why}).`
          : renamed
            ? `\`${key}\` was renamed \`${renamed.to}\` before MindSpeed-MM 2.1.0.`
            : undefined;
      if (!hint) {
        out.push(finding);
        continue;
      }
      // The release's new name replaces a typo suggestion; a key read only by older releases has no fix.
      const { fix: _suggested, ...rest } = report;
      const to = oldName?.key ?? renamed?.to;
      const fix = to !== undefined && !ctx.keysAt(object).includes(to) ? { fix: renameKeyFix(key, to) } : {};
      out.push({ ...finding, report: { ...rest, hint, ...fix } });
      continue;
    }
    out.push(finding);
  }
  return [...out, ...(of === "schema" ? oldNameMissing(findings, ctx) : notYetRead(ctx))];
}

/** A key (not a renamed one) that the targeted release does not read yet is ignored there. */
function notYetRead(ctx: ReleaseContext): Finding[] {
  return rowsFor(KEYS_INTRODUCED, ctx.kind, ctx.release, "before")
    .filter((k) => !k.replaces && ctx.keysAt(k.object).includes(k.key))
    .map((k) => ({
      ruleId: "unknown-key",
      report: {
        pointer: `${k.object}/${k.key}`,
        target: "key",
        messageId: "unknown",
        data: { key: k.key, object: objectName(k.object) },
        hint: `\`${k.key}\` is read since ${k.since}; release ${ctx.release} ignores it.`,
      },
    }));
}

/** Before a rename, a file that uses only the new name lacks the key that release reads. */
function oldNameMissing(findings: Finding[], ctx: ReleaseContext): Finding[] {
  const extra: Finding[] = [];
  for (const k of rowsFor(KEYS_INTRODUCED, ctx.kind, ctx.release, "before")) {
    if (!k.replaces) continue;
    const keys = ctx.keysAt(k.object);
    if (!keys.includes(k.key) || keys.includes(k.replaces)) continue;
    if (findings.some((f) => f.report.pointer === k.object && f.report.data?.key === k.replaces)) continue;
    extra.push({
      ruleId: "schema",
      report: {
        pointer: k.object,
        messageId: "required",
        data: { key: k.replaces, object: objectName(k.object) },
        hint: `Release ${ctx.release} reads \`${k.replaces}\`; it was renamed \`${k.key}\` only in ${k.since}.`,
      },
    });
  }
  return extra;
}
