// json-duplicate-key: Python keeps the last of repeated keys without a word; the first value is lost.
import type { FileRule } from "./rule-types.js";

export const jsonDuplicateKey: FileRule = {
  meta: {
    id: "json-duplicate-key",
    description: "A key appears twice in one object; Python silently keeps the last value.",
    severity: "warning",
    scope: "file",
    stage: "document",
    messages: {
      duplicate: "`{{key}}` repeats the key first set at line {{firstLine}}; MindSpeed-MM keeps only this last value",
    },
  },
  check(ctx) {
    for (const d of ctx.doc.parsed.duplicates) {
      const first = ctx.doc.lines.position(d.firstOffset);
      ctx.report({
        pointer: d.pointer,
        offset: d.keyOffset,
        length: d.keyLength,
        messageId: "duplicate",
        data: { key: d.key, firstLine: first.line },
        hint: "Remove one of the two; if both values matter, only the last one is used.",
      });
    }
  },
};
