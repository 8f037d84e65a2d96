// dead-key: keys that upstream example files carry but no code reads; harmless, but editing
// them changes nothing, which users should know.

import { dottedPath } from "../schema/display.js";
import type { FileRule } from "./rule-types.js";

export const deadKey: FileRule = {
  meta: {
    id: "dead-key",
    description:
      "A key present in upstream files but never read by MindSpeed-MM (e.g. skip_define_frame_index, norm_type, ae.version): changing it has no effect.",
    severity: "info",
    scope: "file",
    stage: "schema",
    messages: { dead: "`{{path}}` is never read by MindSpeed-MM; changing it has no effect" },
  },
  check(ctx) {
    for (const { pointer, schemas } of ctx.keyVisits) {
      const dead = schemas.find((s) => s.deprecated === true);
      if (!dead) continue;
      ctx.report({
        pointer,
        target: "key",
        messageId: "dead",
        data: { path: dottedPath(pointer) },
        ...(typeof dead.description === "string" ? { hint: dead.description } : {}),
      });
    }
  },
};
