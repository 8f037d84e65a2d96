// Emits TypeScript types for every schema kind with json-schema-to-typescript, from one
// combined schema so shared definitions become one type each. The model file's type is the
// union of its role definitions (json-schema-to-typescript ignores if/then).
import { compile } from "json-schema-to-typescript";
import type { JsonSchema } from "./bundle-schema.js";
import type { ModelRoleFact } from "./model-roles.js";

const ANNOTATIONS = new Set(["description", "title", "default", "examples", "deprecated"]);

/**
 * json-schema-to-typescript makes a new type for every `$ref` with sibling keywords; for types,
 * a `$ref` annotated in place, or narrowed by an extra `required`, is the referenced type.
 */
function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!node || typeof node !== "object") return node;
  const n = node as JsonSchema;
  if (typeof n.$ref === "string" && Object.keys(n).every((k) => k === "$ref" || ANNOTATIONS.has(k)))
    return { $ref: n.$ref };
  const parts = n.allOf as JsonSchema[] | undefined;
  if (parts?.length === 2 && typeof parts[0]?.$ref === "string" && parts[1]?.required && !parts[1].title)
    return { $ref: parts[0].$ref };
  // A refinement of a referenced shape adds no keys of its own (the shape is closed): no index signature.
  if (parts?.length === 2 && typeof parts[0]?.$ref === "string" && parts[1]?.properties && !parts[1].title)
    return { ...n, allOf: [parts[0], { ...(forTypes(parts[1]) as JsonSchema), additionalProperties: false }] };
  return Object.fromEntries(
    Object.entries(n)
      .filter(([k]) => k !== "propertyNames")
      .map(([k, v]) => [k, k === "properties" || k === "definitions" ? mapValues(v, forTypes) : forTypes(v)]),
  );
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  return Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, fn(v)]));
}

/** Definitions that state conditions, not shapes (role conditions, key-name rules): no type for them. */
function typeless(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): Set<string> {
  const names = new Set(roles.flatMap((r) => (r.condition ? [r.condition] : [])));
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const ref = ((node as JsonSchema).propertyNames as JsonSchema | undefined)?.$ref;
    if (typeof ref === "string") names.add(ref.replace("#/definitions/", ""));
    for (const value of Object.values(node)) visit(value);
  };
  for (const schema of bundles.values()) visit(schema);
  return names;
}

export async function emitTypes(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): Promise<string> {
  const TYPELESS = typeless(bundles, roles);
  const roleTitles = roles.map((r) => r.title);
  const definitions: Record<string, unknown> = {};
  const roots: Record<string, unknown> = {};
  for (const [kind, schema] of bundles) {
    const { definitions: defs, $id: _id, $schema: _s, ...body } = schema;
    for (const [name, def] of Object.entries((defs ?? {}) as Record<string, JsonSchema>))
      if (!TYPELESS.has(name)) definitions[name] = def;
    const title = String(body.title);
    if (kind === "model") {
      const roleRefs = Object.entries(defs as Record<string, JsonSchema>)
        .filter(([, def]) => roleTitles.includes(String(def.title)))
        .map(([name]) => ({ $ref: `#/definitions/${name}` }));
      definitions[`${kind}Root`] = { title, description: body.description, anyOf: roleRefs };
    } else {
      definitions[`${kind}Root`] = body;
    }
    roots[kind] = { $ref: `#/definitions/${kind}Root` };
  }
  const combined = {
    title: "StepVideoConfigFiles",
    type: "object",
    properties: roots,
    additionalProperties: false,
    definitions,
  };
  const ts = await compile(forTypes(combined) as never, "StepVideoConfigFiles", {
    bannerComment: "",
    unreachableDefinitions: true,
    additionalProperties: true,
    strictIndexSignatures: false,
    style: { singleQuote: false, printWidth: 110 },
  });
  return `/* eslint-disable */\n${ts}`;
}
