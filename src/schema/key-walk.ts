// Walks every object member of a document beside the schema, yielding for each key whether
// the schema knows it there and what it says about it. Shared by unknown-key and dead-key
// (walked once per file: FileContext.keyVisits).
import type { JsonNode, PropertyNode } from "../document/json-tree.js";
import type { SchemaNavigator } from "./schema-navigator.js";
import type { SchemaNode } from "./schema-store.js";

export interface KeyVisit {
  objectPointer: string;
  property: PropertyNode;
  /** Keys the schema lists for this object; undefined when it does not list them (free-form). */
  known?: Set<string>;
  /** Schemas of the member itself (empty when unknown). */
  schemas: SchemaNode[];
}

/** Every member, in the order of a depth-first walk that takes the last child first. */
export function walkKeys(root: JsonNode, navigator: SchemaNavigator, start: SchemaNode): KeyVisit[] {
  const visits: KeyVisit[] = [];
  const stack: { node: JsonNode; schemas: SchemaNode[] }[] = [{ node: root, schemas: navigator.startingAt(start) }];
  while (stack.length > 0) {
    const { node, schemas } = stack.pop()!;
    if (node.type === "array") {
      node.items.forEach((item, i) => {
        stack.push({ node: item, schemas: navigator.member(schemas, String(i)) });
      });
      continue;
    }
    if (node.type !== "object") continue;
    const known = navigator.listedKeys(schemas);
    for (const property of node.properties) {
      const memberSchemas = navigator.member(schemas, property.key);
      visits.push(
        known
          ? { objectPointer: node.pointer, property, known, schemas: memberSchemas }
          : { objectPointer: node.pointer, property, schemas: memberSchemas },
      );
      if (memberSchemas.length > 0) stack.push({ node: property.value, schemas: memberSchemas });
    }
  }
  return visits;
}
