// Walks every object member of a document beside the schema and keeps the members unknown-key
// and dead-key look at: keys the schema does not list where it lists keys, and keys a schema
// marks deprecated (walked once per file: FileContext.keyVisits). A parsed file is walked on its
// tree (repeated keys included); a value given to validate() is walked as it is, with no tree built.
import { escapePointerSegment, type JsonNode } from "../document/json-tree.js";
import type { Place, SchemaNavigator } from "./schema-navigator.js";
import type { SchemaNode } from "./schema-store.js";

export interface KeyVisit {
  /** Pointer of the object that holds the member. */
  objectPointer: string;
  key: string;
  /** Pointer of the member itself. */
  pointer: string;
  /** Keys the schema lists for this object; undefined when it does not list them (free-form). */
  known?: Set<string>;
  /** Schemas of the member itself (empty when unknown). */
  schemas: SchemaNode[];
}

/** How a walk reads containers: a parse tree's nodes or a plain value's objects and arrays. */
interface Shape<N> {
  /** The items of an array, undefined for anything else. */
  items(node: N): readonly N[] | undefined;
  isObject(node: N): boolean;
  isContainer(node: N): boolean;
  /** Calls `member` for each member of an object, in file order. */
  members(node: N, member: (key: string, child: N) => void): void;
}

const treeShape: Shape<JsonNode> = {
  items: (node) => (node.type === "array" ? node.items : undefined),
  isObject: (node) => node.type === "object",
  isContainer: (node) => node.type === "object" || node.type === "array",
  members(node, member) {
    if (node.type === "object") for (const p of node.properties) member(p.key, p.value);
  },
};

const valueShape: Shape<unknown> = {
  items: (value) => (Array.isArray(value) ? value : undefined),
  isObject: (value) => value !== null && typeof value === "object" && !Array.isArray(value),
  isContainer: (value) => value !== null && typeof value === "object",
  members(value, member) {
    // for…in, not Object.keys: no array per object. A plain value's objects (plain-value.ts) have
    // Object.prototype or null as prototype, so every key it lists is the object's own.
    const object = value as Record<string, unknown>;
    for (const key in object) member(key, object[key]);
  },
};

/** The members worth a look in a parse tree, in the order of a depth-first walk that takes the last child first. */
export function walkTreeKeys(root: JsonNode, navigator: SchemaNavigator, start: SchemaNode): KeyVisit[] {
  return walk(treeShape, root, navigator, start);
}

/** The same for a plain value (see plain-value.ts); pointers are those of its printing. */
export function walkValueKeys(value: unknown, navigator: SchemaNavigator, start: SchemaNode): KeyVisit[] {
  return walk(valueShape, value, navigator, start);
}

function walk<N>(shape: Shape<N>, root: N, navigator: SchemaNavigator, start: SchemaNode): KeyVisit[] {
  const visits: KeyVisit[] = [];
  const stack: { node: N; pointer: string; place: Place }[] = [
    { node: root, pointer: "", place: navigator.placeAt(start) },
  ];
  while (stack.length > 0) {
    const { node, pointer, place } = stack.pop()!;
    const items = shape.items(node);
    if (items) {
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (shape.isContainer(item))
          stack.push({ node: item, pointer: `${pointer}/${i}`, place: place.below(place.member(String(i))) });
      }
      continue;
    }
    if (!shape.isObject(node)) continue;
    const known = place.known;
    shape.members(node, (key, child) => {
      const member = place.member(key);
      const flagged = (known !== undefined && !known.has(key)) || member.deprecated;
      const deep = member.schemas.length > 0 && shape.isContainer(child);
      if (!flagged && !deep) return;
      const at = `${pointer}/${escapePointerSegment(key)}`;
      if (flagged)
        visits.push({ objectPointer: pointer, key, pointer: at, ...(known && { known }), schemas: member.schemas });
      if (deep) stack.push({ node: child, pointer: at, place: place.below(member) });
    });
  }
  return visits;
}
