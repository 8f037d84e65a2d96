// The parser reads what Python's json.loads reads, with positions: these cases pin each
// deviation from JSON.parse that matters for MindSpeed-MM configs.
import { describe, expect, it } from "vitest";
import { JsonDocument } from "../src/document/json-document.js";
import { MAX_INT_DIGITS, MAX_NESTING } from "../src/document/json-parser.js";
import { FileContext } from "../src/engine/file-context.js";
import { runFileRules } from "../src/engine/run-file-rules.js";
import { loadDocument } from "../src/project/load-document.js";

const syntax = (text: string) => {
  const doc = new JsonDocument(text);
  const problem = doc.parsed.syntax;
  return problem ? { message: problem.message, ...doc.lines.position(problem.offset) } : undefined;
};

describe("JSON as Python reads it", () => {
  it("rejects what json.loads rejects, at the right line and column", () => {
    expect(syntax('{\n  "a": 1,\n}')).toEqual({
      message: "Illegal trailing comma before end of object",
      line: 2,
      column: 9,
    });
    expect(syntax('{"a": [1, 2,]}')).toMatchObject({
      message: "Illegal trailing comma before end of array",
      line: 1,
      column: 12,
    });
    expect(syntax('{\n  // note\n  "a": 1\n}')).toMatchObject({
      message: "Comments are not allowed in JSON",
      line: 2,
      column: 3,
    });
    expect(syntax("{'a': 1}")).toMatchObject({
      message: "Expecting property name enclosed in double quotes",
      line: 1,
      column: 2,
    });
    expect(syntax("\ufeff{}")).toMatchObject({ message: "Unexpected UTF-8 BOM", line: 1, column: 1 });
    expect(syntax("")).toMatchObject({ message: "Expecting value", line: 1, column: 1 });
    expect(syntax("  \n")).toMatchObject({ message: "Expecting value", line: 2, column: 1 });
    expect(syntax('{"a": True}')).toMatchObject({ message: "Expecting value", column: 7 });
    expect(syntax('{"a": 1} {}')).toMatchObject({ message: "Extra data", column: 10 });
    expect(syntax('{"a" 1}')).toMatchObject({ message: "Expecting ':' delimiter", column: 6 });
    expect(syntax('{"a": 1 "b": 2}')).toMatchObject({ message: "Expecting ',' delimiter", column: 9 });
    expect(syntax('{"a": "x\ty"}')).toMatchObject({ message: "Invalid control character in string" });
    expect(syntax('{"a": 01}')).toMatchObject({ message: "Expecting ',' delimiter" });
    expect(syntax("[".repeat(100_000))).toMatchObject({ message: "Nesting too deep" });
  });

  it("rejects what is glued to NaN, Infinity and -Infinity, at the glued character", () => {
    expect(syntax("-Infinityfalse")).toMatchObject({ message: "Extra data", column: 10 });
    expect(syntax('{"a": [NaNx]}')).toMatchObject({ message: "Expecting ',' delimiter", column: 11 });
    expect(syntax('{"a": Infinity1}')).toMatchObject({ message: "Expecting ',' delimiter", column: 15 });
    expect(new JsonDocument("[-Infinity, NaN]").ok).toBe(true);
  });

  it("accepts nesting up to CPython's limit and rejects one level more, without recursion trouble", () => {
    const nested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;
    expect(new JsonDocument(nested(MAX_NESTING)).ok).toBe(true);
    expect(syntax(nested(MAX_NESTING + 1))).toMatchObject({ message: "Nesting too deep", column: MAX_NESTING + 1 });
    const objects = `${'{"a":'.repeat(MAX_NESTING)}1${"}".repeat(MAX_NESTING)}`;
    expect(new JsonDocument(objects).value).toBeTypeOf("object");
  });

  it("rejects integers longer than Python's 4300 digits; floats of any length pass", () => {
    expect(new JsonDocument(`[-${"9".repeat(MAX_INT_DIGITS)}]`).ok).toBe(true);
    expect(syntax(`{"n": ${"1".repeat(MAX_INT_DIGITS + 1)}}`)).toMatchObject({
      message: expect.stringContaining("4301 digits"),
      column: 7,
    });
    expect(new JsonDocument(`${"1".repeat(MAX_INT_DIGITS + 1)}.0`).ok).toBe(true);
  });

  it("decodes bytes strictly as UTF-8 and reports the first bad byte as json-syntax/encoding", () => {
    const latin1 = Buffer.from('{\n  "caf\u00e9": 1\n}', "latin1");
    const doc = new JsonDocument(latin1);
    expect(doc.ok).toBe(false);
    expect(doc.parsed.syntax?.encoding).toEqual({ byteOffset: 8, byte: 0xe9 });
    expect(doc.lines.position(doc.parsed.syntax!.offset)).toEqual({ line: 2, column: 7 });
    const ctx = new FileContext({ file: "a.json", doc, kind: "data", explicit: true }, "26.0.0");
    const diagnostics = runFileRules(ctx);
    expect(ctx.reports.map((r) => [r.ruleId, r.report.messageId])).toEqual([["json-syntax", "encoding"]]);
    expect(diagnostics[0]).toMatchObject({ ruleId: "json-syntax", pointer: "", line: 2, column: 7 });
    expect(diagnostics[0]!.message).toContain("byte offset 8");
    // Truncated, overlong, surrogate and out-of-range sequences; after valid multi-byte text.
    for (const [bytes, offset] of [
      [[0x22, 0xc3, 0xa9, 0xf0, 0x9f, 0x22], 3],
      [[0x22, 0xc0, 0xaf, 0x22], 1],
      [[0x22, 0xed, 0xa0, 0x80, 0x22], 1],
      [[0x22, 0xf4, 0x90, 0x80, 0x80, 0x22], 1],
      [[0x22, 0xe2, 0x82, 0xac, 0xff], 4],
    ] as const)
      expect(new JsonDocument(new Uint8Array(bytes)).parsed.syntax?.encoding?.byteOffset).toBe(offset);
    expect(new JsonDocument(Buffer.from('{"a": "\u00e9"}')).value).toEqual({ a: "\u00e9" });
  });

  it("keeps a UTF-8 BOM in decoded bytes, so it is rejected as json.loads rejects it", () => {
    const loaded = loadDocument("a.json", Buffer.from("\ufeff{}"), { explicit: true }, "data")!;
    expect(loaded.doc.parsed.syntax).toMatchObject({ message: "Unexpected UTF-8 BOM", offset: 0 });
  });

  it("accepts NaN, Infinity and -Infinity and reports them", () => {
    const doc = new JsonDocument('{"a": NaN, "b": -Infinity, "c": [Infinity]}');
    expect(doc.ok).toBe(true);
    expect(doc.parsed.nonstandard.map((n) => [n.pointer, n.raw])).toEqual([
      ["/a", "NaN"],
      ["/b", "-Infinity"],
      ["/c/0", "Infinity"],
    ]);
    expect(doc.value).toEqual({ a: NaN, b: -Infinity, c: [Infinity] });
  });

  it("keeps the last of duplicate keys and points at the repeat", () => {
    const doc = new JsonDocument('{\n  "a": 1,\n  "a": 2\n}');
    expect(doc.value).toEqual({ a: 2 });
    expect(doc.parsed.duplicates).toHaveLength(1);
    expect(doc.lines.position(doc.parsed.duplicates[0]!.keyOffset)).toEqual({ line: 3, column: 3 });
  });

  it("keeps the raw number token so 48.0 can be told from 48", () => {
    const doc = new JsonDocument('{"n": 48.0, "m": 48}');
    const n = doc.find("/n")!.node;
    const m = doc.find("/m")!.node;
    expect(n.type === "number" && n.raw).toBe("48.0");
    expect(m.type === "number" && m.raw).toBe("48");
  });

  it('treats "__proto__" as an ordinary key', () => {
    const doc = new JsonDocument('{"__proto__": {"polluted": true}, "a": 1}');
    const value = doc.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("maps pointers to ranges from the tree, counting characters", () => {
    const doc = new JsonDocument('{\n\t"名前": {"x~y/z": 5}\n}');
    expect(doc.range("/名前/x~0y~1z")).toEqual({ line: 2, column: 18, endLine: 2, endColumn: 19 });
    expect(doc.range("/名前/x~0y~1z", "key")).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 16 });
    expect(doc.range("/名前/missing")).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 6 });
  });
});
