// unknown-key: a key MindSpeed-MM never reads. Usually a typo that silently keeps the default;
// an error in the sections MindSpeed-MM passes as keyword arguments (dataloader_param, a t2v
// preprocess_parameters), where the run dies with TypeError.

import type { Finding } from "../findings.js";
import { closest, dottedPath } from "../schema/display.js";
import { renameToSole } from "../schema/rename-to-sole.js";
import type { FileRule } from "./rule-types.js";

export const unknownKey: FileRule = {
  meta: {
    id: "unknown-key",
    description:
      "A key MindSpeed-MM never reads: ignored silently (a typo keeps the default), or a TypeError inside dataloader_param and a t2v preprocess_parameters.",
    severity: "warning",
    scope: "file",
    stage: "schema",
    messages: {
      unknown: "`{{key}}` is not a key MindSpeed-MM reads in {{object}}; it is ignored",
      closed:
        "`{{key}}` is not accepted in `{{object}}`: MindSpeed-MM passes these keys as keyword arguments and stops with TypeError",
    },
  },
  check(ctx) {
    const closed = ctx.findingsOfRule();
    for (const finding of closed) ctx.report(finding.report);
    // Keys already reported as closed-section or reserved names need no second diagnostic.
    const reported = new Set(
      ctx.schemaFindings
        .filter((f) => f.ruleId === "unknown-key" || f.ruleId === "reserved-key")
        .map((f) => f.report.pointer),
    );
    const found: Finding[] = [];
    for (const visit of ctx.keyVisits) {
      const { key, pointer, known, objectPointer } = visit;
      if (!known || known.has(key) || reported.has(pointer)) continue;
      const suggestion = closest(key, known);
      const present = ctx.keysAt(objectPointer);
      found.push({
        ruleId: "unknown-key",
        report: {
          pointer,
          target: "key",
          messageId: "unknown",
          data: {
            key,
            object: objectPointer === "" ? "the top level" : `\`${dottedPath(objectPointer)}\``,
          },
          hint: suggestion
            ? `Did you mean \`${suggestion}\`?`
            : "Remove it, or check the key name against the StepVideo documentation.",
          ...renameToSole(key, known, present),
        },
      });
    }
    for (const finding of ctx.forRelease(found, "unknown-key")) ctx.report(finding.report);
  },
};
