// Reads the shipped (bundled) schemas for what the validators do not return: descriptions,
// known keys, dead-key annotations. Read lazily, once per kind.
import { readFileSync } from "node:fs";
import type { SchemaKind } from "../generated/kinds.js";
import { packagePath } from "../package-root.js";

export type SchemaNode = { [key: string]: unknown };

const cache = new Map<SchemaKind, SchemaNode>();

export function loadSchema(kind: SchemaKind): SchemaNode {
  let schema = cache.get(kind);
  if (!schema) {
    schema = JSON.parse(readFileSync(schemaPath(kind), "utf8")) as SchemaNode;
    cache.set(kind, schema);
  }
  return schema;
}

/** The shipped schema's file path (a path, not a URL's percent-encoded pathname). */
export function schemaPath(kind: SchemaKind): string {
  return packagePath(`schemas/${kind}.schema.json`);
}
