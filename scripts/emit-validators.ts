// Emits every bundled schema (and the model-role conditions) as standalone ajv code, ESM, so
// nothing is compiled when the CLI starts.
import { createRequire } from "node:module";
import { ajvOptions } from "./ajv-options.js";
import type { JsonSchema } from "./bundle-schema.js";

// These packages are CommonJS modules whose main export is `default`.
const require = createRequire(import.meta.url);
const Ajv = require("ajv").default as typeof import("ajv").default;
const standaloneCode = require("ajv/dist/standalone").default as typeof import("ajv/dist/standalone/index.js").default;
const addFormats = require("ajv-formats").default as typeof import("ajv-formats").default;

export const MODEL_ROLE_CONDITIONS = ["isInferenceModel", "isDpoModel", "isPretrainModel"];

export function createAjv(code = false) {
  const ajv = new Ajv({ ...ajvOptions, ...(code ? { code: { source: true, esm: true, lines: true } } : {}) });
  addFormats(ajv);
  return ajv;
}

export function emitValidators(bundles: Map<string, JsonSchema>): string {
  const ajv = createAjv(true);
  const refs: Record<string, string> = {};
  for (const [kind, schema] of bundles) {
    ajv.addSchema(schema);
    refs[kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = String(schema.$id);
  }
  const modelId = String(bundles.get("model")?.$id);
  for (const name of MODEL_ROLE_CONDITIONS) refs[name] = `${modelId}#/definitions/${name}`;
  const code = standaloneCode(ajv, refs);
  // ajv's ESM output still calls require() for its runtime helpers.
  return `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/, "")}\n`;
}
