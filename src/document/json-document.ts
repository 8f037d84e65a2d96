// A parsed JSON file with everything diagnostics need: the Python-equivalent value, the
// syntax problem if any, and pointer → line/column ranges taken from the parse tree. Given a
// file's bytes, it decodes them strictly as UTF-8, as Python's open() does.
import { decodeUtf8 } from "./decode-utf8.js";
import { type ParseResult, parseJson } from "./json-parser.js";
import { escapePointerSegment, indexNodes, type Located, parsePointer, toValue } from "./json-tree.js";
import { LineIndex } from "./line-index.js";

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class JsonDocument {
  readonly lines: LineIndex;
  readonly parsed: ParseResult;
  readonly value: unknown;
  readonly text: string;
  private readonly nodes: Map<string, Located>;

  /** `input`: the file's bytes (decoded as UTF-8, strictly) or text already decoded. */
  constructor(input: string | Uint8Array) {
    const decoded = typeof input === "string" ? { text: input } : decodeUtf8(input);
    const text = decoded.text;
    this.text = text;
    this.lines = new LineIndex(text);
    this.parsed = decoded.error ? notUtf8(decoded.error) : parseJson(text);
    this.nodes = this.parsed.root ? indexNodes(this.parsed.root) : new Map();
    this.value = this.parsed.root ? toValue(this.parsed.root) : undefined;
  }

  get ok(): boolean {
    return this.parsed.root !== undefined;
  }

  find(pointer: string): Located | undefined {
    return this.nodes.get(pointer);
  }

  /** The nearest existing node at or above `pointer` (ajv may name a key that is absent). */
  nearest(pointer: string): Located | undefined {
    const segments = parsePointer(pointer);
    while (segments.length > 0) {
      const found = this.nodes.get(segments.length ? `/${segments.map(escapePointerSegment).join("/")}` : "");
      if (found) return found;
      segments.pop();
    }
    return this.nodes.get("");
  }

  /** Range of a pointer's key ("key") or value ("value"); containers point at their key or opening bracket. */
  range(pointer: string, target: "key" | "value" = "value"): Range {
    const located = this.nearest(pointer);
    if (!located) return this.rangeAt(0, 0);
    const { node, property } = located;
    const useKey = property && (target === "key" || node.type === "object" || node.type === "array");
    if (useKey) return this.rangeAt(property.keyOffset, property.keyLength);
    const length = node.type === "object" || node.type === "array" ? 1 : node.length;
    return this.rangeAt(node.offset, length);
  }

  /** Offsets [start, end) of exactly this pointer's key token or whole value; undefined when absent. */
  span(pointer: string, target: "key" | "value" = "value"): [number, number] | undefined {
    const located = this.nodes.get(pointer);
    if (!located) return undefined;
    if (target === "key") {
      const { property } = located;
      return property ? [property.keyOffset, property.keyOffset + property.keyLength] : undefined;
    }
    return [located.node.offset, located.node.offset + located.node.length];
  }

  rangeAt(offset: number, length: number): Range {
    const start = this.lines.position(offset);
    const end = this.lines.position(offset + length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

function notUtf8(error: { byteOffset: number; textOffset: number; byte: number }): ParseResult {
  return {
    duplicates: [],
    nonstandard: [],
    syntax: {
      offset: error.textOffset,
      message: "Invalid UTF-8",
      hint: "Save the file as UTF-8: MindSpeed-MM reads it with Python's open(), which decodes UTF-8 and raises UnicodeDecodeError here.",
      encoding: { byteOffset: error.byteOffset, byte: error.byte },
    },
  };
}
