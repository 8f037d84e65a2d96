// Reads the shipped (bundled) schemas for what the validators do not return: descriptions,
// known keys, dead-key annotations. Read lazily, once per kind.
import { readFileSync } from "node:fs";
import type { SchemaKind } from "../generated/kinds.js";
import { packageUrl } from "../package-root.js";

export type SchemaNode = { [key: string]: unknown };

const cache = new Map<SchemaKind, SchemaNode>();
const schemasDir = packageUrl("schemas/");

export function loadSchema(kind: SchemaKind): SchemaNode {
  let schema = cache.get(kind);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(`${kind}.schema.json`, schemasDir), "utf8")) as SchemaNode;
    cache.set(kind, schema);
  }
  return schema;
}

export function schemaPath(kind: SchemaKind): string {
  return new URL(`${kind}.schema.json`, schemasDir).pathname;
}
