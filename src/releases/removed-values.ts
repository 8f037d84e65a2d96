// Values the targeted release no longer accepts (VALUES_REMOVED): a file naming one fails at
// start-up under that release. One mechanism for the whole table, reported by release-removed-value.
import type { RuleReport } from "../findings.js";
import { RELEASES } from "../generated/releases.js";
import type { FileKind } from "../types.js";
import { rowsFor, VALUES_REMOVED } from "./release-data.js";

/** Reports (pointer, data, hint) for each removed value the file holds under `release`. */
export function removedValues(kind: FileKind, release: string, valueAt: (pointer: string) => unknown): RuleReport[] {
  return rowsFor(VALUES_REMOVED, kind, release, "since")
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
