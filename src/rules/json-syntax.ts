// json-syntax: the file is not JSON as Python's json.loads reads it, so MindSpeed-MM cannot load it.
import type { FileRule } from "./rule-types.js";

export const jsonSyntax: FileRule = {
  meta: {
    id: "json-syntax",
    description:
      "The file is not valid JSON as Python's json.loads reads it (comments, trailing commas, single quotes, a BOM, an empty file).",
    severity: "error",
    scope: "file",
    stage: "document",
    messages: { syntax: "{{problem}} at line {{line}} column {{column}}: MindSpeed-MM cannot load this file" },
  },
  check(ctx) {
    const problem = ctx.doc.parsed.syntax;
    if (!problem) return;
    const at = ctx.doc.lines.position(problem.offset);
    ctx.report({
      pointer: "",
      offset: problem.offset,
      length: 1,
      messageId: "syntax",
      data: { problem: problem.message, line: at.line, column: at.column },
      ...(problem.hint ? { hint: problem.hint } : {}),
    });
  },
};
