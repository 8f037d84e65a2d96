// Walks every object member of a document beside the schema, yielding for each key whether
// the schema knows it there and what it says about it. Shared by unknown-key and dead-key.
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

export function* walkKeys(root: JsonNode, navigator: SchemaNavigator, start: SchemaNode): Generator<KeyVisit> {
  const stack: { node: JsonNode; schemas: SchemaNode[] }[] = [{ node: root, schemas: navigator.at([], start) }];
  while (stack.length > 0) {
    const { node, schemas } = stack.pop()!;
    if (node.type === "array") {
      node.items.forEach((item, i) => {
        stack.push({ node: item, schemas: navigator.at([String(i)], schemasRoot(schemas)) });
      });
      continue;
    }
    if (node.type !== "object") continue;
    const known = navigator.listsKeys(schemas) ? navigator.knownKeys(schemas) : undefined;
    for (const property of node.properties) {
      const memberSchemas = navigator.at([property.key], schemasRoot(schemas));
      yield { objectPointer: node.pointer, property, ...(known ? { known } : {}), schemas: memberSchemas };
      if (memberSchemas.length > 0) stack.push({ node: property.value, schemas: memberSchemas });
    }
  }
}

/** A synthetic schema standing for "all of these", so navigation continues from a union. */
function schemasRoot(schemas: SchemaNode[]): SchemaNode {
  return { allOf: schemas };
}
