// Values the targeted release no longer accepts (VALUES_REMOVED): a file naming one fails at
// start-up under that release. One mechanism for the whole table, reported by release-removed-value.
import type { RuleReport } from "../findings.js";
import { RELEASES } from "../generated/releases.js";
import type { FileKind } from "../types.js";
import { compareReleases, VALUES_REMOVED } from "./release-data.js";

/** The VALUES_REMOVED rows of a kind under a release, per kind and release (validate() runs this per call). */
const removedRows = new Map<string, typeof VALUES_REMOVED>();
function removedUnder(kind: FileKind, release: string): typeof VALUES_REMOVED {
  const memo = `${kind} ${release}`;
  let rows = removedRows.get(memo);
  if (!rows) {
    rows = VALUES_REMOVED.filter((v) => v.kind.includes(kind) && compareReleases(release, v.since) >= 0);
    if (removedRows.size < 1000) removedRows.set(memo, rows);
  }
  return rows;
}

/** Reports (pointer, data, hint) for each removed value the file holds under `release`. */
export function removedValues(kind: FileKind, release: string, valueAt: (pointer: string) => unknown): RuleReport[] {
  return removedUnder(kind, release)
    .filter((v) => valueAt(v.pointer) === v.value)
    .map((v) => {
      const last = RELEASES[RELEASES.indexOf(v.since) - 1];
      return {
        pointer: v.pointer,
        messageId: "removed",
        data: { value: v.value, since: v.since, fails: v.fails },
        hint: `Pin MindSpeed-MM ${last} (the last release with it), or check with \`--release ${last}\` if these files target it.`,
      };
    });
}
