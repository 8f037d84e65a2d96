// The facts rules and the CLI need from the schemas, emitted as small TypeScript modules so no
// rule restates them: kinds and their URLs, top-level keys, model roles, defaults, releases and
// the keys that hold paths. Each function returns a module's text (without the banner).
import { SchemaNavigator } from "../src/schema/schema-navigator.js";
import type { JsonSchema } from "./bundle-schema.js";
import type { ModelRoleFact } from "./model-roles.js";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function kindsModule(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): string {
  const kinds = [...bundles.keys()];
  const ids = Object.fromEntries([...bundles].map(([kind, schema]) => [kind, String(schema.$id)]));
  const topKeys = Object.fromEntries(
    [...bundles].map(([kind, schema]) => {
      const nav = new SchemaNavigator(schema);
      return [kind, [...nav.knownKeys(nav.at([]))].filter((k) => k !== "$schema").sort()];
    }),
  );
  const titles = Object.fromEntries(roles.map((r) => [r.role, r.title]));
  return [
    `export const schemaKinds = ${JSON.stringify(kinds)} as const;`,
    "export type SchemaKind = (typeof schemaKinds)[number];",
    `export const schemaIds: Record<SchemaKind, string> = ${json(ids)};`,
    "/** Top-level keys each kind's schema knows (all roles), for classifying files by content. */",
    `export const topLevelKeys: Record<SchemaKind, readonly string[]> = ${json(topKeys)};`,
    "/** The model file's roles, in the precedence the model schema's if/then chain decides them. */",
    `export const modelRoles = ${JSON.stringify(roles.map((r) => r.role))} as const;`,
    "export type ModelRole = (typeof modelRoles)[number];",
    "/** The model schema definition (and generated type) of each role. */",
    `export const modelRoleTitles: Record<ModelRole, string> = ${json(titles)};`,
    "",
  ].join("\n");
}

/** Every `default` of every definition's properties, by definition name. */
export function defaultsModule(bundles: Map<string, JsonSchema>): string {
  const defaults: Record<string, Record<string, unknown>> = {};
  for (const schema of bundles.values()) {
    for (const [name, def] of Object.entries((schema.definitions ?? {}) as Record<string, JsonSchema>)) {
      const props = Object.entries((def.properties ?? {}) as Record<string, JsonSchema>);
      const own = Object.fromEntries(
        props.filter(([, p]) => typeof p === "object" && p !== null && "default" in p).map(([k, p]) => [k, p.default]),
      );
      if (Object.keys(own).length === 0) continue;
      if (defaults[name] && JSON.stringify(defaults[name]) !== JSON.stringify(own))
        throw new Error(`definition ${name} has different defaults in two schemas`);
      defaults[name] = own;
    }
  }
  const sorted = Object.fromEntries(Object.entries(defaults).sort(([a], [b]) => a.localeCompare(b)));
  return `/** The schemas' defaults: what MindSpeed-MM uses when a key is absent, by definition. */\nexport const schemaDefaults = ${json(sorted)} as const;\n`;
}

/** The releases the settings schema lists, and its default. */
export function releasesModule(settings: JsonSchema): string {
  const release = ((settings.properties ?? {}) as Record<string, JsonSchema>).release;
  const list = release?.enum;
  if (!Array.isArray(list) || typeof release?.default !== "string")
    throw new Error("settings schema: release needs an enum and a default");
  return [
    "/** The MindSpeed-MM releases the checks know, oldest first (settings schema `release`). */",
    `export const RELEASES = ${JSON.stringify(list)} as const;`,
    "export type Release = (typeof RELEASES)[number];",
    `export const DEFAULT_RELEASE: Release = ${JSON.stringify(release.default)};`,
    "",
  ].join("\n");
}

interface PathKey {
  /** JSON pointer pattern; `*` stands for any array index. */
  pointer: string;
  /** "exists": the path itself must exist; "parent": the folder that will hold it. */
  check: "exists" | "parent";
}

/** The keys each kind marks with `x-path` (union over a model file's roles). */
export function pathKeysModule(bundles: Map<string, JsonSchema>): string {
  const byKind = Object.fromEntries([...bundles].map(([kind, schema]) => [kind, pathKeys(schema)]));
  return [
    "/** Keys whose values are paths (schema annotation `x-path`), as pointer patterns; `*` is any index. */",
    `export const pathKeys: Record<string, readonly { pointer: string; check: "exists" | "parent" }[]> = ${json(byKind)};`,
    "",
  ].join("\n");
}

function pathKeys(root: JsonSchema): PathKey[] {
  const definitions = (root.definitions ?? {}) as Record<string, JsonSchema>;
  const found = new Map<string, PathKey>();
  const seen = new Set<string>();
  const visit = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== "object") return;
    const n = node as JsonSchema;
    if (typeof n.$ref === "string") {
      const name = n.$ref.replace("#/definitions/", "");
      if (seen.has(`${name}@${pointer}`)) return;
      seen.add(`${name}@${pointer}`);
      visit(definitions[name], pointer);
    }
    const mark = n["x-path"];
    if (mark === "exists" || mark === "parent") found.set(pointer, { pointer, check: mark });
    for (const [key, sub] of Object.entries((n.properties ?? {}) as Record<string, unknown>))
      visit(sub, `${pointer}/${key}`);
    if (n.items && !Array.isArray(n.items)) visit(n.items, `${pointer}/*`);
    for (const list of ["allOf", "anyOf", "oneOf"]) for (const sub of (n[list] ?? []) as unknown[]) visit(sub, pointer);
    for (const key of ["then", "else"]) visit(n[key], pointer);
  };
  visit(root, "");
  return [...found.values()].sort((a, b) => a.pointer.localeCompare(b.pointer));
}
