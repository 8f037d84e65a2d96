// release-removed-value: a value the targeted MindSpeed-MM release deleted from its registries
// (26.1.0: the StepVideo DiT and its scheduler). Which values, since when and what fails is the
// VALUES_REMOVED table in src/releases/release-data.ts.
import { toValue } from "../document/json-tree.js";
import { removedValues } from "../releases/removed-values.js";
import type { FileRule } from "./rule-types.js";

export const releaseRemovedValue: FileRule = {
  meta: {
    id: "release-removed-value",
    description:
      "A value the targeted MindSpeed-MM release no longer has (since 26.1.0 the StepVideo DiT and its scheduler): the run fails at start-up.",
    severity: "error",
    scope: "file",
    stage: "schema",
    kinds: ["model"],
    messages: { removed: "`{{value}}` is gone in MindSpeed-MM {{since}}: {{fails}}" },
  },
  check(ctx) {
    if (!ctx.kind) return;
    const valueAt = (pointer: string) => {
      const node = ctx.doc.find(pointer)?.node;
      return node ? toValue(node) : undefined;
    };
    for (const report of removedValues(ctx.kind, ctx.release, valueAt)) ctx.report(report);
  },
};
