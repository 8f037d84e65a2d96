// A parsed JSON file with everything diagnostics need: the Python-equivalent value, the
// syntax problem if any, and pointer → line/column ranges taken from the parse tree. Given a
// file's bytes, it decodes them strictly as UTF-8, as Python's open() does. Given a plain value
// (validate()), it is that value's indented printing, printed and parsed only if a position is needed.
import { decodeUtf8 } from "./decode-utf8.js";
import { type ParseResult, parseJson } from "./json-parser.js";
import { escapePointerSegment, findInTree, indexNodes, type Located, parsePointer, toValue } from "./json-tree.js";
import { LineIndex } from "./line-index.js";
import { valueTree } from "./plain-value.js";

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class JsonDocument {
  readonly parsed: ParseResult;
  readonly value: unknown;
  /** The text read or printed; its line index is built when a position is first asked for. */
  private source?: { text: string; lines?: LineIndex };
  private nodeIndex?: Map<string, Located>;
  /** For a plain value: its printed text, parsed, which gives every position. */
  private printed?: JsonDocument;
  /** Made from a plain value: every number prints as its token, no key repeats, nothing is nonstandard. */
  readonly plain: boolean;

  /**
   * `input`: the file's bytes (decoded as UTF-8, strictly), text already decoded, or `{ plain }`: a
   * value isPlainJson accepts (plain-value.ts), standing for its printing with two-space indents.
   */
  constructor(input: string | Uint8Array | { plain: unknown }) {
    this.plain = typeof input === "object" && !(input instanceof Uint8Array);
    if (typeof input === "object" && !(input instanceof Uint8Array)) {
      this.parsed = { root: valueTree(input.plain), duplicates: [], nonstandard: [], decimals: [] };
      this.value = input.plain;
      return;
    }
    const decoded = typeof input === "string" ? { text: input } : decodeUtf8(input);
    this.source = { text: decoded.text };
    this.parsed = decoded.error ? notUtf8(decoded.error) : parseJson(decoded.text);
    this.value = this.parsed.root ? toValue(this.parsed.root) : undefined;
  }

  get text(): string {
    return this.printedSource().text;
  }

  get lines(): LineIndex {
    const source = this.printedSource();
    source.lines ??= new LineIndex(source.text);
    return source.lines;
  }

  private printedSource(): { text: string; lines?: LineIndex } {
    this.source ??= { text: JSON.stringify(this.value, null, 2) };
    return this.source;
  }

  private get nodes(): Map<string, Located> {
    this.nodeIndex ??= this.parsed.root ? indexNodes(this.parsed.root) : new Map();
    return this.nodeIndex;
  }

  get ok(): boolean {
    return this.parsed.root !== undefined;
  }

  find(pointer: string): Located | undefined {
    return this.plain && this.parsed.root ? findInTree(this.parsed.root, pointer) : this.nodes.get(pointer);
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
    if (this.plain) return this.printedDocument().range(pointer, target);
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
    if (this.plain) return this.printedDocument().span(pointer, target);
    const located = this.nodes.get(pointer);
    if (!located) return undefined;
    if (target === "key") {
      const { property } = located;
      return property ? [property.keyOffset, property.keyOffset + property.keyLength] : undefined;
    }
    return [located.node.offset, located.node.offset + located.node.length];
  }

  /** A plain value's positions are those of its printed text, parsed once when first needed. */
  private printedDocument(): JsonDocument {
    this.printed ??= new JsonDocument(this.text);
    return this.printed;
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
    decimals: [],
    syntax: {
      offset: error.textOffset,
      message: "Invalid UTF-8",
      hint: "Save the file as UTF-8: MindSpeed-MM reads it with Python's open(), which decodes UTF-8 and raises UnicodeDecodeError here.",
      encoding: { byteOffset: error.byteOffset, byte: error.byte },
    },
  };
}
