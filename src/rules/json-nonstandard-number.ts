// json-nonstandard-number: NaN and Infinity load in Python but are almost always a mistake in a config.
import type { FileRule } from "./rule-types.js";

export const jsonNonstandardNumber: FileRule = {
  meta: {
    id: "json-nonstandard-number",
    description: "NaN, Infinity or -Infinity: Python accepts them, but in a config they are almost always a mistake.",
    severity: "warning",
    scope: "file",
    stage: "document",
    messages: { nonstandard: "`{{raw}}` is not standard JSON; Python reads it as a float {{raw}}" },
  },
  check(ctx) {
    for (const node of ctx.doc.parsed.nonstandard) {
      ctx.report({
        pointer: node.pointer,
        offset: node.offset,
        length: node.length,
        messageId: "nonstandard",
        data: { raw: node.raw },
        hint: "Write a finite number (or null where the key allows it).",
      });
    }
  },
};
