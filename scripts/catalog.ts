// schemas/catalog.json in the SchemaStore catalog format: each shipped schema with its URL and
// directory-anchored fileMatch patterns from the naming table (src/project/file-names.ts), never
// a bare data.json or tools.json, which SchemaStore rejects; `!` patterns keep data_*.json off
// data_dpo*.json. schemas/catalog.local.json is the same catalog with each url relative to the
// catalog file itself, for editors that work offline from node_modules.
import { FILE_NAMES, shadowedNames } from "../src/project/file-names.js";
import type { JsonSchema } from "./bundle-schema.js";

function fileMatch(kind: string): string[] {
  const entry = FILE_NAMES.find((n) => n.kind === kind);
  if (!entry) return []; // side files validated by the tool only (dataset records)
  const take = entry.dirs.flatMap((dir) => entry.names.map((name) => `${dir}${name}`));
  const skip = entry.dirs.flatMap((dir) => shadowedNames(entry).map((name) => `!${dir}${name}`));
  return [...take, ...skip];
}

/** The catalog; `local` gives each url relative to the catalog file (`./model.schema.json`). */
export function catalog(bundles: Map<string, JsonSchema>, local = false): string {
  const schemas = [...bundles].map(([kind, schema]) => ({
    name: `MindSpeed-MM StepVideo ${kind}`,
    description: String(schema.description),
    fileMatch: fileMatch(kind),
    url: local ? `./${kind}.schema.json` : String(schema.$id),
  }));
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/schema-catalog.json", version: 1, schemas }, null, 2)}\n`;
}
