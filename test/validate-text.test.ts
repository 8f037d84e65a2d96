// validateText reports each finding once, deduplicated by the same function check() uses.
import { describe, expect, it } from "vitest";
import { dedupeDiagnostics } from "../src/engine/dedupe-diagnostics.js";
import { type Diagnostic, validateText } from "../src/index.js";

describe("validateText", () => {
  it("reports a top-level array once", () => {
    expect(validateText("model", "[]")).toMatchObject([{ ruleId: "schema", pointer: "", line: 1, column: 1 }]);
    expect(validateText("model", "[]")).toHaveLength(1);
  });

  it("dedupes on rule, file, pointer, position and message, keeping the first", () => {
    const d: Diagnostic = {
      ruleId: "schema",
      messageId: "type",
      severity: "error",
      file: "a",
      pointer: "",
      line: 1,
      column: 1,
      message: "m",
    };
    const other = { ...d, column: 2 };
    expect(dedupeDiagnostics([d, { ...d, hint: "later" }, other, { ...d, message: "n" }])).toEqual([
      d,
      other,
      { ...d, message: "n" },
    ]);
  });
});
