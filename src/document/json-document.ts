// A parsed JSON file with everything diagnostics need: the Python-equivalent value, the
// syntax problem if any, and pointer → line/column ranges taken from the parse tree.

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
  private readonly nodes: Map<string, Located>;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.parsed = parseJson(text);
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

  rangeAt(offset: number, length: number): Range {
    const start = this.lines.position(offset);
    const end = this.lines.position(offset + length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
