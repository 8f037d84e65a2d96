// The offset-based tree the JSON parser produces: every node knows its JSON pointer and its
// byte range, so any diagnostic can be located without searching the text.
interface NodeBase {
  pointer: string;
  offset: number;
  length: number;
}

export interface PropertyNode {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export interface ObjectNode extends NodeBase {
  type: "object";
  /** Every property in file order, repeats included (Python keeps the last one). */
  properties: PropertyNode[];
}

export interface ArrayNode extends NodeBase {
  type: "array";
  items: JsonNode[];
}

export interface ScalarNode extends NodeBase {
  type: "string" | "number" | "boolean" | "null";
  value: string | number | boolean | null;
  /** The token as written, e.g. "48.0" or "NaN". */
  raw: string;
}

export type JsonNode = ObjectNode | ArrayNode | ScalarNode;

/** Where a pointer lives: its value node and, for object members, its key. */
export interface Located {
  node: JsonNode;
  property?: PropertyNode;
}

export function escapePointerSegment(segment: string): string {
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function parsePointer(pointer: string): string[] {
  const segments: string[] = [];
  if (pointer === "") return segments;
  // An indexOf loop, not slice(1).split("/"): split took about 0.3 µs a call on Node 20, and
  // validate() parses pointers on every call.
  const escaped = pointer.includes("~");
  for (let from = 1; ; ) {
    const at = pointer.indexOf("/", from);
    const raw = at === -1 ? pointer.slice(from) : pointer.slice(from, at);
    segments.push(escaped ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw);
    if (at === -1) return segments;
    from = at + 1;
  }
}

/** Python-equivalent value of a node: later duplicate keys win, "__proto__" is an ordinary key. */
export function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) putMember(out, p.key, toValue(p.value));
      return out;
    }
    case "array":
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** Index of pointer → node; for a repeated key the last occurrence wins, as in Python. */
export function indexNodes(root: JsonNode): Map<string, Located> {
  const index = new Map<string, Located>();
  const visit = (node: JsonNode, property?: PropertyNode): void => {
    index.set(node.pointer, property ? { node, property } : { node });
    if (node.type === "object") for (const p of node.properties) visit(p.value, p);
    else if (node.type === "array") for (const item of node.items) visit(item);
  };
  visit(root);
  return index;
}

/** The node at a pointer, found by walking down (a document read once needs no index). */
export function findInTree(root: JsonNode, pointer: string): Located | undefined {
  let located: Located = { node: root };
  for (const segment of parsePointer(pointer)) {
    const { node } = located;
    if (node.type === "object") {
      const property = node.properties.findLast((p) => p.key === segment);
      if (!property) return undefined;
      located = { node: property.value, property };
    } else if (node.type === "array" && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.items.length) {
      located = { node: node.items[Number(segment)]! };
    } else return undefined;
  }
  return located;
}

/** Like toValue, with some scalars replaced (by pointer). */
export function toValueWith(node: JsonNode, replace: Map<string, unknown>): unknown {
  if (replace.has(node.pointer)) return replace.get(node.pointer);
  if (node.type === "object") {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) putMember(out, p.key, toValueWith(p.value, replace));
    return out;
  }
  if (node.type === "array") return node.items.map((n) => toValueWith(n, replace));
  return node.value;
}

/**
 * An own member, as Python's dict holds it: a repeated key keeps its first place and its last value.
 * Assignment does that and costs far less in a short run; only "__proto__" would call a setter.
 */
function putMember(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
