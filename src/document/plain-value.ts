// A value given to validate() is checked as itself, without printing and re-reading it, when that
// round trip would change nothing: plain objects and arrays, strings, booleans, null and numbers
// JSON prints as they are (an integer as digits). Its tree carries pointers but no offsets:
// positions come from its printed text (json-document.ts), made only when a diagnostic needs one.
import { MAX_NESTING } from "./json-parser.js";
import { escapePointerSegment, type JsonNode, type PropertyNode, parsePointer } from "./json-tree.js";

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
      // for…in, not Object.values: no array per object (validate() runs this on every call). The
      // prototype is Object.prototype or null, so every key it lists is the object's own.
      for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
      return true;
    }
    default:
      return false; // undefined, functions, symbols and bigints do not print as themselves
  }
}

/** The tree of a plain value, as the parser would give for its printed text, without offsets. */
export function valueTree(value: unknown): JsonNode {
  return new PlainNode(value, undefined, "") as JsonNode;
}

/**
 * A node whose pointer and children are built when first read: most are never read (the key walk
 * reads the value itself, rules ask for a few pointers). Offsets are 0: positions come from the
 * printed text.
 */
class PlainNode {
  readonly offset = 0;
  readonly length = 0;
  readonly type: JsonNode["type"];
  readonly value?: string | number | boolean | null;
  private builtPointer?: string;
  private builtItems?: JsonNode[];
  private builtProperties?: PropertyNode[];

  constructor(
    private readonly source: unknown,
    private readonly parent: PlainNode | undefined,
    private readonly segment: string,
  ) {
    if (Array.isArray(source)) this.type = "array";
    else if (source !== null && typeof source === "object") this.type = "object";
    else {
      this.type = source === null ? "null" : (typeof source as "string" | "number" | "boolean");
      this.value = source as string | number | boolean | null;
    }
  }

  get pointer(): string {
    this.builtPointer ??= this.parent ? `${this.parent.pointer}/${escapePointerSegment(this.segment)}` : "";
    return this.builtPointer;
  }

  get raw(): string {
    return JSON.stringify(this.value);
  }

  get items(): JsonNode[] | undefined {
    if (this.type !== "array") return undefined;
    this.builtItems ??= (this.source as unknown[]).map((item, i) => new PlainNode(item, this, String(i)) as JsonNode);
    return this.builtItems;
  }

  get properties(): PropertyNode[] | undefined {
    if (this.type !== "object") return undefined;
    const object = this.source as Record<string, unknown>;
    this.builtProperties ??= Object.keys(object).map((key) => ({
      key,
      keyOffset: 0,
      keyLength: 0,
      value: new PlainNode(object[key], this, key) as JsonNode,
    }));
    return this.builtProperties;
  }
}

/** Keys of the object at `pointer` in a plain value, in printing order (none when it is not an object). */
export function keysInValue(value: unknown, pointer: string): string[] {
  let at = value;
  for (const segment of parsePointer(pointer)) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, segment)) return [];
    at = (at as Record<string, unknown>)[segment];
  }
  return at !== null && typeof at === "object" && !Array.isArray(at) ? Object.keys(at) : [];
}
