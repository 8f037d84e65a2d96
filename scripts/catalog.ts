// schemas/catalog.json in the SchemaStore catalog format: each shipped schema with its URL and
// directory-anchored fileMatch patterns for the MindSpeed-MM file names of every release (never a
// bare data.json or tools.json, which SchemaStore rejects).
import type { JsonSchema } from "./bundle-schema.js";

const FILE_MATCH: Record<string, string[]> = {
  data: ["**/stepvideo/**/data.json", "**/stepvideo/**/data_*.json"],
  "data-dpo": ["**/stepvideo/**/data_dpo*.json"],
  model: ["**/stepvideo/**/*_model.json", "**/stepvideo/**/model_stepvideo*.json"],
  tools: ["**/mindspeed_mm/tools/tools.json", "**/stepvideo/**/tools.json"],
  histogram: ["**/video_score_histogram.json"],
  settings: ["**/stepvideo-config.json"],
  "dataset-record": [],
  "dpo-record": [],
};

export function catalog(bundles: Map<string, JsonSchema>): string {
  const schemas = [...bundles].map(([kind, schema]) => ({
    name: `MindSpeed-MM StepVideo ${kind}`,
    description: String(schema.description),
    fileMatch: FILE_MATCH[kind] ?? [],
    url: String(schema.$id),
  }));
  for (const kind of bundles.keys())
    if (!(kind in FILE_MATCH)) throw new Error(`catalog: no fileMatch entry for ${kind}`);
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/schema-catalog.json", version: 1, schemas }, null, 2)}\n`;
}
