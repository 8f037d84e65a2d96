// The fix contract (Diagnostic.fix): absolute offsets into the decoded text, the replacement and a
// title, for integer tokens and dtype aliases; applying it removes the diagnostic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { json } from "../src/formatters/json.js";
import { check, type Diagnostic, validateText } from "../src/index.js";
import { soleClosest } from "../src/schema/display.js";

const fixture = (name: string) => readFileSync(`fixtures/invalid/model/${name}`, "utf8");
const valid = (name: string) => readFileSync(`fixtures/valid/model/${name}`, "utf8");
const apply = (text: string, d: Diagnostic) =>
  text.slice(0, d.fix!.range[0]) + d.fix!.text + text.slice(d.fix!.range[1]);
const find = (text: string, ruleId: string, pointer: string, release?: string) =>
  validateText("model", text, "<text>", {}, release).find((d) => d.ruleId === ruleId && d.pointer === pointer);

describe("fix contract", () => {
  // One fixture per fix kind: the span replaced, the edit, and no finding once it is applied.
  const cases = [
    [
      "integer-token",
      "predictor.num_heads-float-token.json",
      "/predictor/num_heads",
      "48.0",
      "48",
      "Replace 48.0 with 48",
    ],
    [
      "dtype-value",
      "text_encoder.dtype-bfloat16.json",
      "/text_encoder/0/dtype",
      '"bfloat16"',
      '"bf16"',
      'Replace "bfloat16" with "bf16"',
    ],
  ] as const;
  for (const [ruleId, name, pointer, replaced, replacement, title] of cases) {
    it(`${ruleId}: replaces ${replaced} with ${replacement}`, () => {
      const text = fixture(name);
      const d = find(text, ruleId, pointer)!;
      expect(text.slice(...d.fix!.range)).toBe(replaced);
      expect(d.fix).toMatchObject({ text: replacement, title });
      expect(find(apply(text, d), ruleId, pointer)).toBeUndefined();
    });
  }

  it("integer-token: an exponent token becomes a plain integer, a huge one gets no fix", () => {
    const text = fixture("predictor.num_heads-float-token.json");
    const d = find(text.replace("48.0", "4.8e1"), "integer-token", "/predictor/num_heads")!;
    expect(d.fix).toMatchObject({ text: "48", title: "Replace 4.8e1 with 48" });
    const huge = find(text.replace("48.0", "1e21"), "integer-token", "/predictor/num_heads");
    expect(huge).toMatchObject({ ruleId: "integer-token" });
    expect(huge?.fix).toBeUndefined();
  });

  it("dtype-value: torch names and other cases are aliases too", () => {
    for (const [written, fixed] of [
      ["torch.float16", "float16"],
      ["BF16", "bf16"],
    ]) {
      const text = fixture("text_encoder.dtype-bfloat16.json").replace('"bfloat16"', `"${written}"`);
      expect(find(text, "dtype-value", "/text_encoder/0/dtype")?.fix?.text).toBe(`"${fixed}"`);
    }
  });

  it("dtype-value: a value that is no known alias gets a hint but no fix", () => {
    const text = fixture("text_encoder.dtype-bfloat16.json").replace('"bfloat16"', '"bf61"');
    const d = find(text, "dtype-value", "/text_encoder/0/dtype")!;
    expect(d.messageId).toBe("enum");
    expect(d.fix).toBeUndefined();
  });

  it("offsets count UTF-16 code units of the decoded text", () => {
    const text = fixture("predictor.num_heads-float-token.json").replace("{", '{"$schema": "😀é",');
    const d = find(text, "integer-token", "/predictor/num_heads")!;
    expect(text.slice(...d.fix!.range)).toBe("48.0");
  });

  it("unknown-key: renames a typo to the one known key it is nearest to", () => {
    const text = valid("pretrain-t2v.json").replace('"head_dim"', '"head_dimm"');
    const d = find(text, "unknown-key", "/predictor/head_dimm")!;
    expect(text.slice(...d.fix!.range)).toBe('"head_dimm"');
    expect(d.fix).toMatchObject({ text: '"head_dim"', title: 'Rename "head_dimm" to "head_dim"' });
    expect(validateText("model", apply(text, d)).filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("unknown-key: no fix when the suggested key is already in the object", () => {
    const d = find(fixture("predictor.unknown-key-typo.json"), "unknown-key", "/predictor/norm_epsilon")!;
    expect(d.hint).toContain("norm_eps");
    expect(d.fix).toBeUndefined();
  });

  it("unknown-key: a key renamed in a release gets the new name, only from that release on", () => {
    const text = valid("posttrain-dpo.json").replace('"histogram_path"', '"histgram_path"');
    const d = find(text, "unknown-key", "/dpo/histgram_path")!;
    expect(d.fix).toMatchObject({ text: '"histogram_path"', title: 'Rename "histgram_path" to "histogram_path"' });
    expect(find(text, "unknown-key", "/dpo/histgram_path", "2.2.0")).toBeUndefined();
  });

  it("unknown-key: a key renamed before 2.1.0 gets its released name", () => {
    const text = valid("pretrain-t2v.json").replace('"num_heads"', '"num_attention_heads"');
    const d = find(text, "unknown-key", "/predictor/num_attention_heads")!;
    expect(d.hint).toContain("before MindSpeed-MM 2.1.0");
    expect(d.fix).toMatchObject({ text: '"num_heads"' });
    expect(validateText("model", apply(text, d)).filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("a suggestion is applied only when no other key is as near", () => {
    expect(soleClosest("num_layer", ["num_layers", "head_dim"])).toBe("num_layers");
    expect(soleClosest("dim_a", ["dim_b", "dim_c"])).toBeUndefined();
    expect(soleClosest("Dtype", ["dtype", "dtypes"])).toBe("dtype");
    expect(soleClosest("zzzz", ["dtype"])).toBeUndefined();
  });

  it("--format json carries the fix", async () => {
    const report = await check({ paths: ["fixtures/invalid/model/predictor.num_heads-float-token.json"] });
    const out = JSON.parse(json(report, { color: false, readSource: () => undefined })) as {
      diagnostics: Diagnostic[];
    };
    const d = out.diagnostics.find((x) => x.ruleId === "integer-token")!;
    expect(d).toMatchObject({ pointer: "/predictor/num_heads", fix: { text: "48", title: "Replace 48.0 with 48" } });
    const [start, end] = d.fix!.range;
    expect(end - start).toBe(4);
  });
});
