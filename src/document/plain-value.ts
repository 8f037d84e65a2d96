// A value given to validate() is checked as itself, without printing and re-reading it, when that
// round trip would change nothing: plain objects and arrays, strings, booleans, null and numbers
// JSON prints as they are (an integer as digits). Its tree carries pointers but no offsets:
// positions come from its printed text (json-document.ts), made only when a diagnostic needs one.
import { MAX_NESTING } from "./json-parser.js";
import { escapePointerSegment, type JsonNode, type PropertyNode } from "./json-tree.js";

/** Integers from here on print with an exponent ("1e+21"): a float token to the integer check. */
const EXPONENT_INTEGERS = 1e21;

/** True when JSON.stringify and a strict parse give back the same value with the same number tokens. */
export function isPlainJson(value: unknown, depth = 0): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0) && !(Math.abs(value) >= EXPONENT_INTEGERS);
    case "object": {
      if (value === null) return true;
      if (depth >= MAX_NESTING) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainJson(value[i], depth + 1)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      if ("toJSON" in value) return false;
      for (const item of Object.values(value)) if (!isPlainJson(item, depth + 1)) return false;
      return true;
    }
    default:
      return false; // undefined, functions, symbols and bigints do not print as themselves
  }
}

/** The tree of a plain value, as the parser would give for its printed text, without offsets. */
export function valueTree(value: unknown): JsonNode {
  return nodeOf(value, undefined, "");
}

/**
 * A node whose pointer is built when read: most are never read, a walk only asks the schema about
 * keys. Offsets are 0: positions come from the printed text.
 */
class PlainNode {
  readonly offset = 0;
  readonly length = 0;
  private built?: string;
  type: JsonNode["type"] = "null";
  items?: JsonNode[];
  properties?: PropertyNode[];
  value?: string | number | boolean | null;

  constructor(
    private readonly parent: PlainNode | undefined,
    private readonly segment: string,
  ) {}

  get pointer(): string {
    this.built ??= this.parent ? `${this.parent.pointer}/${escapePointerSegment(this.segment)}` : "";
    return this.built;
  }

  get raw(): string {
    return JSON.stringify(this.value);
  }
}

function nodeOf(value: unknown, parent: PlainNode | undefined, segment: string): JsonNode {
  const node = new PlainNode(parent, segment);
  if (Array.isArray(value)) {
    node.type = "array";
    node.items = [];
    for (let i = 0; i < value.length; i++) node.items.push(nodeOf(value[i], node, String(i)));
  } else if (value !== null && typeof value === "object") {
    node.type = "object";
    node.properties = [];
    for (const key of Object.keys(value))
      node.properties.push({
        key,
        keyOffset: 0,
        keyLength: 0,
        value: nodeOf((value as Record<string, unknown>)[key], node, key),
      });
  } else {
    node.type = value === null ? "null" : (typeof value as "string" | "number" | "boolean");
    node.value = value as string | number | boolean | null;
  }
  return node as JsonNode;
}
