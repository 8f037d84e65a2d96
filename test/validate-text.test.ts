// validateText reports each finding once, deduplicated by the same function check() uses.
import { readFileSync } from "node:fs";
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

  // A float token is re-validated only where a schema that can apply names "integer"
  // (schema-check.ts): under the inference role, inside an array, in a ["integer","null"] type.
  it("reports float tokens where an integer is wanted, and only there", () => {
    const file = new URL("../fixtures/example/examples/stepvideo/t2v/inference_t2v_model.json", import.meta.url);
    const text = readFileSync(file, "utf8")
      .replace('"fps": 25', '"fps": 25.0')
      .replace('"num_inference_timesteps": 50', '"num_inference_timesteps": 5e1')
      .replace(/"input_size": \[\s*204,/, '"input_size": [204.0,')
      .replace('"shift": 13.0', '"shift": 13.0')
      .replace('"guidance_scale": 9.0', '"guidance_scale": 9.00');
    const found = validateText("model", text).filter((d) => d.severity === "error");
    expect(found.map((d) => [d.ruleId, d.pointer]).sort()).toEqual([
      ["integer-token", "/diffusion/num_inference_timesteps"],
      ["integer-token", "/fps"],
      ["integer-token", "/pipeline_config/input_size/0"],
    ]);
  });
});
