// The fast path of parseJson must give exactly the full parser's tree (nodes, positions, pointers,
// raw tokens, duplicates, decimal tokens) or give up; and it may give up only where the full parser
// finds a problem or a nonstandard token. Checked on every shipped and upstream JSON file, on
// generated documents and on thousands of damaged ones.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JsonDocument } from "../src/document/json-document.js";
import { MAX_INT_DIGITS, MAX_NESTING, parseJson, parseJsonWithScanner } from "../src/document/json-parser.js";
import { parseStandardJson } from "../src/document/json-standard-parser.js";
import { seededRandom } from "./seeded-random.js";
import { filesUnder, hasUpstream, upstreamDir } from "./upstream-paths.js";

const fast = (text: string) => parseStandardJson(text, MAX_NESTING, MAX_INT_DIGITS);

/** The fast path agrees with the full parser, or gives up only where the full parser objects. */
function expectAgreement(text: string): "fast" | "gave up" {
  const full = parseJsonWithScanner(text);
  const quick = fast(text);
  if (quick === undefined) {
    expect(full.syntax !== undefined || full.nonstandard.length > 0, `gave up on ${JSON.stringify(text)}`).toBe(true);
    return "gave up";
  }
  expect(full.syntax).toBeUndefined();
  expect({ ...quick, nonstandard: [] }).toEqual(full);
  return "fast";
}

const KEYS = ["a", "dtype", "a/b", "m~n", "__proto__", "", "0", "ü", "\u2028", 'q"uote', "tab\t"];
const NUMBERS = [
  "0",
  "-0",
  "17",
  "-3",
  "48.0",
  "1e3",
  "1E+3",
  "2.5e-7",
  "-0.5",
  "123456789012345678901234567890",
  "1e400",
];
const STRINGS = ['""', '"plain"', '"esc\\n\\t\\"\\\\\\/"', '"\\u00e9\\ud83d\\ude00"', '"\\ud800 lone"', '"😀 astral"'];
const SPACE = ["", " ", "\n", "\r\n", "\t", "  \n    "];

function document(next: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const gap = () => pick(SPACE);
  const roll = next();
  if (depth < 4 && roll < 0.25) {
    const members = Array.from({ length: Math.floor(next() * 4) }, () => {
      const key = JSON.stringify(pick(KEYS));
      return `${gap()}${key}${gap()}:${gap()}${document(next, depth + 1)}${gap()}`;
    });
    return `{${members.join(",") || gap()}}`;
  }
  if (depth < 4 && roll < 0.4) {
    const items = Array.from({ length: Math.floor(next() * 4) }, () => `${gap()}${document(next, depth + 1)}${gap()}`);
    return `[${items.join(",") || gap()}]`;
  }
  if (roll < 0.6) return pick(NUMBERS);
  if (roll < 0.85) return pick(STRINGS);
  return pick(["true", "false", "null"]);
}

const DAMAGE = [
  '"',
  "\\",
  ",",
  ":",
  "{",
  "}",
  "[",
  "]",
  "0",
  "-",
  ".",
  "e",
  "N",
  "I",
  " ",
  "\n",
  "\u0001",
  "\u00a0",
  "x",
  "t",
];

describe("the fast JSON path", () => {
  it("reads every shipped fixture and example exactly as the full parser does", () => {
    const files = filesUnder(fileURLToPath(new URL("../fixtures/", import.meta.url)), ".json");
    expect(files.length).toBeGreaterThan(50);
    const taken = files.map((f) => expectAgreement(readFileSync(f, "utf8")));
    // The example tree is standard JSON throughout: none of it may need the slow path.
    const examples = files.filter((f) => f.includes("/fixtures/example/"));
    for (const f of examples) expect([f, fast(readFileSync(f, "utf8")) !== undefined]).toEqual([f, true]);
    expect(taken).toContain("gave up"); // the invalid fixtures reach the full parser
  });

  it.skipIf(!hasUpstream)("reads every upstream config exactly as the full parser does", () => {
    const files = filesUnder(upstreamDir, ".json");
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect([f, expectAgreement(readFileSync(f, "utf8"))]).toEqual([f, "fast"]);
  });

  it("agrees on generated documents: escapes, duplicates, odd keys, every number form, any white space", () => {
    const next = seededRandom(13);
    for (let i = 0; i < 1500; i++) expect(expectAgreement(document(next))).toBe("fast");
  });

  it("gives up on damaged documents only where the full parser objects", () => {
    const next = seededRandom(29);
    const outcomes = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const text = document(next);
      const at = Math.floor(next() * (text.length + 1));
      const cut = next() < 0.5 ? 1 : 0;
      const damaged = text.slice(0, at) + DAMAGE[Math.floor(next() * DAMAGE.length)] + text.slice(at + cut);
      outcomes.add(expectAgreement(damaged));
    }
    expect([...outcomes].sort()).toEqual(["fast", "gave up"]);
  });

  it("leaves the limits, the BOM and nonstandard tokens to the full parser", () => {
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(fast(deep(MAX_NESTING))).toBeDefined();
    expect(fast(deep(MAX_NESTING + 1))).toBeUndefined();
    expect(parseJson(deep(MAX_NESTING + 1)).syntax?.message).toBe("Nesting too deep");
    expect(fast("9".repeat(MAX_INT_DIGITS))).toBeDefined();
    expect(fast("9".repeat(MAX_INT_DIGITS + 1))).toBeUndefined();
    expect(fast(`-${"9".repeat(MAX_INT_DIGITS)}.5`)).toBeDefined(); // a float has no digit limit
    expect(fast("\ufeff{}")).toBeUndefined();
    expect(parseJson("\ufeff{}").syntax?.message).toBe("Unexpected UTF-8 BOM");
    for (const text of ["NaN", "[Infinity]", '{"a": -Infinity}']) {
      expect(fast(text)).toBeUndefined();
      expect(parseJson(text).nonstandard).toHaveLength(1);
    }
    for (const text of [
      "01",
      "1.",
      ".5",
      "1e",
      "-",
      "+1",
      "truex",
      "nul",
      '"a\u0001"',
      '"a\u001f"',
      '"\\x"',
      '{"a" 1}',
      "[1 2]",
      "\u00a0{}",
    ])
      expect([text, fast(text)]).toEqual([text, undefined]);
  });

  it("keeps Python's value: the last repeat wins in the first one's place, __proto__ is a key", () => {
    const doc = new JsonDocument('{"a": 1, "b": 2, "a": 3, "__proto__": {"x": 1}}');
    expect(Object.keys(doc.value as object)).toEqual(["a", "b", "__proto__"]);
    expect(doc.value).toEqual(JSON.parse('{"a": 3, "b": 2, "__proto__": {"x": 1}}'));
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(doc.parsed.duplicates).toEqual([{ pointer: "/a", key: "a", keyOffset: 17, keyLength: 3, firstOffset: 1 }]);
  });
});
