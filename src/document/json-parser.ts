// Parses JSON exactly as Python's json.loads accepts it (what MindSpeed-MM uses), on top of
// jsonc-parser's scanner: NaN/Infinity accepted, duplicates kept, comments, trailing commas,
// single quotes, a BOM, over-deep nesting and over-long integers rejected. Produces a positioned
// tree; never throws on bad input. test/python-parity.test.ts compares verdicts with python3.
import { createScanner } from "jsonc-parser";
import { type DuplicateKey, parseStandardJson } from "./json-standard-parser.js";
import {
  type ArrayNode,
  escapePointerSegment,
  type JsonNode,
  type ObjectNode,
  type PropertyNode,
  type ScalarNode,
} from "./json-tree.js";

// Token codes of jsonc-parser's SyntaxKind (a const enum, so not importable at run time).
const T = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  EOF: 17,
} as const;
const SCAN_ERRORS: Record<number, string> = {
  1: "Unterminated comment",
  2: "Unterminated string",
  3: "Invalid number",
  4: "Invalid \\uXXXX escape",
  5: "Invalid \\escape",
  6: "Invalid control character in string",
};
const NONSTANDARD: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };
const PYTHON_WORDS: Record<string, string> = { True: "true", False: "false", None: "null" };
/** Literals Python reads, longest first: what follows one inside a word is junk after a value. */
const LITERALS = ["-Infinity", "Infinity", "NaN", "true", "false", "null"];
/**
 * CPython 3.11 counts each nested array or object against its recursion limit (1000, shared with
 * the Python frames below json.loads): called from a shallow stack it accepts 994 levels.
 */
export const MAX_NESTING = 994;
/** sys.int_info.default_max_str_digits: int() of a longer digit string raises ValueError (3.11+). */
export const MAX_INT_DIGITS = 4300;

interface SyntaxProblem {
  offset: number;
  message: string;
  hint?: string;
  /** Set when the bytes are not UTF-8: the first bad byte and its offset in the file. */
  encoding?: { byteOffset: number; byte: number };
}

export interface ParseResult {
  root?: JsonNode;
  syntax?: SyntaxProblem;
  duplicates: DuplicateKey[];
  nonstandard: ScalarNode[];
  /** Number tokens written with a decimal point or an exponent (`48.0`, `1e3`), in file order. */
  decimals: ScalarNode[];
}

class Fail extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

/** Standard JSON takes the fast path (json-standard-parser.ts); the rest, this file's scanner. */
export function parseJson(text: string): ParseResult {
  if (text.charCodeAt(0) !== 0xfeff) {
    const standard = parseStandardJson(text, MAX_NESTING, MAX_INT_DIGITS);
    if (standard) return { ...standard, nonstandard: [] };
  }
  return parseJsonWithScanner(text);
}

/** Parses any text, standard or not, as Python would, saying where and why it fails. */
export function parseJsonWithScanner(text: string): ParseResult {
  const result: ParseResult = { duplicates: [], nonstandard: [], decimals: [] };
  if (text.charCodeAt(0) === 0xfeff) {
    result.syntax = {
      offset: 0,
      message: "Unexpected UTF-8 BOM",
      hint: "Save the file as UTF-8 without a byte order mark; Python's json.loads rejects it.",
    };
    return result;
  }
  const scanner = createScanner(text, false);
  let token: number = T.EOF;

  const fail = (message: string, hint?: string, offset = scanner.getTokenOffset()): never => {
    throw new Fail(hint ? { offset, message, hint } : { offset, message });
  };
  const next = (): number => {
    for (;;) {
      token = scanner.scan();
      if (token === T.LineComment || token === T.BlockComment)
        fail("Comments are not allowed in JSON", "Remove the comment; Python's json.loads does not accept comments.");
      if (token !== 14 && token !== 15) break; // line breaks and white space (only " \t\r\n", as in Python)
    }
    const scanError = scanner.getTokenError();
    if (scanError !== 0) fail(SCAN_ERRORS[scanError] ?? "Invalid token");
    return token;
  };
  const unexpected = (expecting: string): never => {
    if (token === T.EOF)
      fail(`Expecting ${expecting}`, "The file ends too early: a bracket, brace or value is missing.");
    const word = scanner.getTokenValue();
    if (word.startsWith("'"))
      fail(`Expecting ${expecting}`, "JSON strings and keys use double quotes, not single quotes.");
    const python = PYTHON_WORDS[word];
    if (python) fail(`Expecting ${expecting}`, `JSON writes ${word} as ${python}.`);
    return fail(`Expecting ${expecting}`);
  };

  /** `depth`: how many arrays and objects enclose the value. */
  const parseValue = (pointer: string, depth: number): JsonNode => {
    const offset = scanner.getTokenOffset();
    if ((token === T.OpenBrace || token === T.OpenBracket) && depth >= MAX_NESTING)
      fail(
        "Nesting too deep",
        `Python's json.loads raises RecursionError past about ${MAX_NESTING} nested arrays or objects.`,
      );
    switch (token) {
      case T.OpenBrace:
        return parseObject(pointer, depth);
      case T.OpenBracket:
        return parseArray(pointer, depth);
      case T.String:
        return scalar("string", scanner.getTokenValue(), pointer);
      case T.Number: {
        const raw = scanner.getTokenValue();
        const decimal = /[.eE]/.test(raw);
        if (!decimal) checkDigits(raw);
        const node = scalar("number", Number(raw), pointer);
        if (decimal) result.decimals.push(node);
        return node;
      }
      case T.True:
      case T.False:
        return scalar("boolean", token === T.True, pointer);
      case T.Null:
        return scalar("null", null, pointer);
      default: {
        let raw = scanner.getTokenValue();
        if (raw === "-" && text.startsWith("Infinity", scanner.getPosition())) {
          scanner.scan();
          raw = `-${scanner.getTokenValue()}`;
        }
        // The scanner reads "-Infinityfalse" or "NaNx" as one word; Python reads the literal, then
        // stops at what is glued to it.
        const literal = LITERALS.find((w) => raw.startsWith(w));
        if (literal && raw !== literal)
          fail(depth > 0 ? "Expecting ',' delimiter" : "Extra data", undefined, offset + literal.length);
        const value = NONSTANDARD[raw];
        if (value === undefined) return unexpected("value");
        const node: ScalarNode = { type: "number", value, raw, pointer, offset, length: raw.length };
        result.nonstandard.push(node);
        return node;
      }
    }
  };
  /** An integer token's length against Python's limit. */
  const checkDigits = (raw: string): void => {
    const digits = raw.length - (raw.startsWith("-") ? 1 : 0);
    if (digits > MAX_INT_DIGITS)
      fail(
        `Integer with ${digits} digits exceeds Python's limit of ${MAX_INT_DIGITS} digits for integer string conversion`,
        "Python's json.loads raises ValueError on it; shorten the number or write it as a float.",
      );
  };
  const scalar = (type: ScalarNode["type"], value: ScalarNode["value"], pointer: string): ScalarNode => ({
    type,
    value,
    raw: text.substr(scanner.getTokenOffset(), scanner.getTokenLength()),
    pointer,
    offset: scanner.getTokenOffset(),
    length: scanner.getTokenLength(),
  });

  const parseObject = (pointer: string, depth: number): ObjectNode => {
    const node: ObjectNode = { type: "object", properties: [], pointer, offset: scanner.getTokenOffset(), length: 0 };
    const seen = new Map<string, number>();
    next();
    if (token !== T.CloseBrace) {
      for (;;) {
        if (token !== T.String) unexpected("property name enclosed in double quotes");
        const key = scanner.getTokenValue();
        const keyOffset = scanner.getTokenOffset();
        const keyLength = scanner.getTokenLength();
        next();
        if (token !== T.Colon) unexpected("':' delimiter");
        next();
        const childPointer = `${pointer}/${escapePointerSegment(key)}`;
        const value = parseValue(childPointer, depth + 1);
        const property: PropertyNode = { key, keyOffset, keyLength, value };
        const first = seen.get(key);
        if (first !== undefined)
          result.duplicates.push({ pointer: childPointer, key, keyOffset, keyLength, firstOffset: first });
        else seen.set(key, keyOffset);
        node.properties.push(property);
        next();
        if (token === T.CloseBrace) break;
        if (token !== T.Comma) unexpected("',' delimiter");
        const comma = scanner.getTokenOffset();
        next();
        if (token === T.CloseBrace)
          fail("Illegal trailing comma before end of object", "Remove the comma after the last member.", comma);
      }
    }
    node.length = scanner.getTokenOffset() + 1 - node.offset;
    return node;
  };

  const parseArray = (pointer: string, depth: number): ArrayNode => {
    const node: ArrayNode = { type: "array", items: [], pointer, offset: scanner.getTokenOffset(), length: 0 };
    next();
    if (token !== T.CloseBracket) {
      for (;;) {
        node.items.push(parseValue(`${pointer}/${node.items.length}`, depth + 1));
        next();
        if (token === T.CloseBracket) break;
        if (token !== T.Comma) unexpected("',' delimiter");
        const comma = scanner.getTokenOffset();
        next();
        if (token === T.CloseBracket)
          fail("Illegal trailing comma before end of array", "Remove the comma after the last element.", comma);
      }
    }
    node.length = scanner.getTokenOffset() + 1 - node.offset;
    return node;
  };

  try {
    next();
    if (token === T.EOF) fail("Expecting value", "The file is empty; MindSpeed-MM needs a JSON object.");
    const root = parseValue("", 0);
    next();
    if (token !== T.EOF) fail("Extra data", "Only one JSON value may stand in the file; remove what follows it.");
    result.root = root;
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    result.syntax = error.problem;
  }
  return result;
}
