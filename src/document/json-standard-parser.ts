// The fast path of parseJson (json-parser.ts): standard JSON, read character by character into
// the same positioned tree, duplicates and decimal tokens as the full parser gives. A check parses
// every file its runs name, and in a process that lives a fifth of a second the full parser's
// token-by-token scanner runs mostly in V8's interpreter. Anything this path does not read as
// plainly standard (a syntax error, NaN or Infinity, other white space, deep nesting, an integer
// Python would refuse, a value with something glued to it) makes it give up, and the full parser
// reads the file and says what is wrong.
import { type ArrayNode, escapePointerSegment, type JsonNode, type ObjectNode, type ScalarNode } from "./json-tree.js";

/** A key that repeats in its object, with where its first occurrence was. */
export interface DuplicateKey {
  pointer: string;
  key: string;
  keyOffset: number;
  keyLength: number;
  firstOffset: number;
}

export interface StandardParse {
  root: JsonNode;
  duplicates: DuplicateKey[];
  /** Number tokens written with a decimal point or an exponent, in file order. */
  decimals: ScalarNode[];
}

/** Thrown to leave the fast path; the full parser then reads the text. */
const GIVE_UP = Symbol("give up");

/** The tree parseJson gives for `text`, or undefined when only the full parser can tell. */
export function parseStandardJson(text: string, maxNesting: number, maxIntDigits: number): StandardParse | undefined {
  const duplicates: DuplicateKey[] = [];
  const decimals: ScalarNode[] = [];
  const end = text.length;
  let pos = 0;

  const giveUp = (): never => {
    throw GIVE_UP;
  };
  /** Skips Python's white space (" \t\n\r") and returns the next character code, or -1 at the end. */
  const skip = (): number => {
    while (pos < end) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return c;
      pos++;
    }
    return -1;
  };
  const digits = (): number => {
    const start = pos;
    while (pos < end) {
      const c = text.charCodeAt(pos);
      if (c < 48 || c > 57) break;
      pos++;
    }
    return pos - start;
  };

  /** The string token at pos (its opening quote), decoded; pos ends after its closing quote. */
  const readString = (): string => {
    const start = pos;
    let escaped = false;
    for (pos++; ; pos++) {
      if (pos >= end) giveUp();
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 32) giveUp();
      if (c === 92) {
        escaped = true;
        pos++;
      }
    }
    pos++;
    if (!escaped) return text.slice(start + 1, pos - 1);
    try {
      return JSON.parse(text.slice(start, pos)) as string; // the same escapes as Python's
    } catch {
      return giveUp();
    }
  };

  const scalar = (
    type: ScalarNode["type"],
    value: ScalarNode["value"],
    pointer: string,
    start: number,
  ): ScalarNode => ({
    type,
    value,
    raw: text.slice(start, pos),
    pointer,
    offset: start,
    length: pos - start,
  });

  const readNumber = (pointer: string): ScalarNode => {
    const start = pos;
    if (text.charCodeAt(pos) === 45) pos++;
    const first = text.charCodeAt(pos);
    const whole = digits();
    if (whole === 0 || (first === 48 && whole > 1)) giveUp();
    let decimal = false;
    if (text.charCodeAt(pos) === 46) {
      pos++;
      if (digits() === 0) giveUp();
      decimal = true;
    }
    const e = text.charCodeAt(pos);
    if (e === 101 || e === 69) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === 45) pos++;
      if (digits() === 0) giveUp();
      decimal = true;
    }
    if (!decimal && whole > maxIntDigits) giveUp();
    const node = scalar("number", Number(text.slice(start, pos)), pointer, start);
    if (decimal) decimals.push(node);
    return node;
  };

  const readWord = (word: string, value: boolean | null, pointer: string): ScalarNode => {
    const start = pos;
    if (!text.startsWith(word, pos)) giveUp();
    pos += word.length;
    return scalar(value === null ? "null" : "boolean", value, pointer, start);
  };

  const readValue = (c: number, pointer: string, depth: number): JsonNode => {
    switch (c) {
      case 123:
        return readObject(pointer, depth);
      case 91:
        return readArray(pointer, depth);
      case 34: {
        const start = pos;
        const value = readString();
        return scalar("string", value, pointer, start);
      }
      case 116:
        return readWord("true", true, pointer);
      case 102:
        return readWord("false", false, pointer);
      case 110:
        return readWord("null", null, pointer);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return readNumber(pointer);
        return giveUp();
    }
  };

  /** Comma-separated items, each read by `readOne` from its first character, up to `close`. */
  const readItems = (close: number, readOne: (c: number) => void): void => {
    pos++;
    let c = skip();
    if (c !== close) {
      for (;;) {
        readOne(c); // a trailing comma hands it the closing character, which it refuses
        c = skip();
        if (c === close) break;
        if (c !== 44) giveUp();
        pos++;
        c = skip();
      }
    }
    pos++;
  };

  const readObject = (pointer: string, depth: number): ObjectNode => {
    if (depth >= maxNesting) giveUp();
    const node: ObjectNode = { type: "object", properties: [], pointer, offset: pos, length: 0 };
    const seen = new Map<string, number>();
    readItems(125, (c) => {
      if (c !== 34) giveUp();
      const keyOffset = pos;
      const key = readString();
      const keyLength = pos - keyOffset;
      if (skip() !== 58) giveUp();
      pos++;
      const childPointer = `${pointer}/${escapePointerSegment(key)}`;
      const value = readValue(skip(), childPointer, depth + 1);
      const first = seen.get(key);
      if (first !== undefined)
        duplicates.push({ pointer: childPointer, key, keyOffset, keyLength, firstOffset: first });
      else seen.set(key, keyOffset);
      node.properties.push({ key, keyOffset, keyLength, value });
    });
    node.length = pos - node.offset;
    return node;
  };

  const readArray = (pointer: string, depth: number): ArrayNode => {
    if (depth >= maxNesting) giveUp();
    const node: ArrayNode = { type: "array", items: [], pointer, offset: pos, length: 0 };
    readItems(93, (c) => {
      node.items.push(readValue(c, `${pointer}/${node.items.length}`, depth + 1));
    });
    node.length = pos - node.offset;
    return node;
  };

  try {
    const root = readValue(skip(), "", 0);
    if (skip() !== -1) giveUp();
    return { root, duplicates, decimals };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
