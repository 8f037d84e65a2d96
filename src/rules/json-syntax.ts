// json-syntax: the file is not JSON as Python's json.loads reads it, so MindSpeed-MM cannot load it.
import type { FileRule } from "./rule-types.js";

export const jsonSyntax: FileRule = {
  meta: {
    id: "json-syntax",
    description:
      "The file is not valid JSON as Python's open() and json.loads read it (not UTF-8, comments, trailing commas, single quotes, a BOM, an empty file, too deep nesting, too long integers).",
    severity: "error",
    scope: "file",
    stage: "document",
    messages: {
      encoding:
        "Byte 0x{{byte}} at byte offset {{byteOffset}} (line {{line}} column {{column}}) is not valid UTF-8: MindSpeed-MM cannot read this file",
      syntax: "{{problem}} at line {{line}} column {{column}}: MindSpeed-MM cannot load this file",
    },
  },
  check(ctx) {
    const problem = ctx.doc.parsed.syntax;
    if (!problem) return;
    const at = ctx.doc.lines.position(problem.offset);
    ctx.report({
      pointer: "",
      offset: problem.offset,
      length: 1,
      ...(problem.encoding
        ? {
            messageId: "encoding",
            data: { byte: hex(problem.encoding.byte), byteOffset: problem.encoding.byteOffset, ...at },
          }
        : { messageId: "syntax", data: { problem: problem.message, line: at.line, column: at.column } }),
      ...(problem.hint ? { hint: problem.hint } : {}),
    });
  },
};

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, "0");
