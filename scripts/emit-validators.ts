// Emits every bundled schema (and the model-role conditions) as standalone ajv code, ESM, so
// nothing is compiled when the CLI starts; plus its typed declarations and the kind → validator
// map. Annotations (descriptions, titles, defaults …) are left out of the code: they live in the
// shipped schemas, which the navigator reads when a message needs them.
import { createRequire } from "node:module";
import { ajvOptions, annotationKeywords } from "./ajv-options.js";
import type { JsonSchema } from "./bundle-schema.js";
import type { ModelRoleFact } from "./model-roles.js";

// These packages are CommonJS modules whose main export is `default`.
const require = createRequire(import.meta.url);
const Ajv = require("ajv").default as typeof import("ajv").default;
const standaloneCode = require("ajv/dist/standalone").default as typeof import("ajv/dist/standalone/index.js").default;
const addFormats = require("ajv-formats").default as typeof import("ajv-formats").default;

export function createAjv(code = false) {
  const ajv = new Ajv({ ...ajvOptions, ...(code ? { code: { source: true, esm: true, lines: true } } : {}) });
  addFormats(ajv);
  for (const keyword of annotationKeywords) ajv.addKeyword(keyword);
  return ajv;
}

function exportName(kind: string): string {
  return kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Keywords that only annotate; keys under these hold schemas by name, never annotations. */
const ANNOTATIONS = new Set(["title", "description", "default", "examples", "$comment", ...annotationKeywords]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions"]);
const VALUES = new Set(["enum", "const", "required"]);

function stripAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (VALUES.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key))
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, stripAnnotations(v)]));
    else out[key] = stripAnnotations(value);
  }
  return out;
}

export function emitValidators(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): string {
  const ajv = createAjv(true);
  const refs: Record<string, string> = {};
  for (const [kind, schema] of bundles) {
    ajv.addSchema(stripAnnotations(schema) as JsonSchema);
    refs[exportName(kind)] = String(schema.$id);
  }
  const modelId = String(bundles.get("model")?.$id);
  for (const { condition } of roles) if (condition) refs[condition] = `${modelId}#/definitions/${condition}`;
  const code = standaloneCode(ajv, refs);
  // ajv's ESM output still calls require() for its runtime helpers.
  return `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/, "")}\n`;
}

/** validators.d.ts: each kind's validator typed with the generated type of its schema. */
export function validatorDeclarations(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): string {
  const types = [...bundles.values()].map((schema) => String(schema.title));
  const lines = [
    'import type { ValidateFunction } from "ajv";',
    `import type { ${types.join(", ")} } from "./types.js";`,
  ];
  for (const [kind, schema] of bundles)
    lines.push(`export declare const ${exportName(kind)}: ValidateFunction<${String(schema.title)}>;`);
  for (const { condition } of roles)
    if (condition) lines.push(`export declare const ${condition}: ValidateFunction<Record<string, unknown>>;`);
  return `${lines.join("\n")}\n`;
}

/** The kind → validator map and the role conditions in precedence, so no module writes them by hand. */
export function validatorMapModule(bundles: Map<string, JsonSchema>, roles: ModelRoleFact[]): string {
  const entries = [...bundles.keys()].map((kind) => `  ${JSON.stringify(kind)}: generated.${exportName(kind)},`);
  const conditions = roles.map(
    (r) => `  [${JSON.stringify(r.role)}, ${r.condition ? `generated.${r.condition}` : "undefined"}],`,
  );
  return [
    'import type { ValidateFunction } from "ajv";',
    'import type { ModelRole, SchemaKind } from "./kinds.js";',
    'import * as generated from "./validators.js";',
    "",
    "export const validatorsByKind: Record<SchemaKind, ValidateFunction> = {",
    ...entries,
    "};",
    "/** Each model role with the validator of its condition (none for the fallback role), in precedence. */",
    "export const modelRoleConditions: readonly [ModelRole, ValidateFunction | undefined][] = [",
    ...conditions,
    "];",
    "",
  ].join("\n");
}
