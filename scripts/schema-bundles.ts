// Reads schemas/src into the two sets of self-contained schemas the build derives everything
// from: `bundles` validate as MindSpeed-MM reads a file (the standalone validators: unknown keys
// are unknown-key's walk, not errors, except in the sections the sources close); `published` are
// what ships in schemas/ for editors, closed wherever keys are listed so a typo is flagged there too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FILE_NAMES } from "../src/project/file-names.js";
import { bundleSchema, type JsonSchema } from "./bundle-schema.js";
import { closeObjects } from "./close-objects.js";
import { withDeprecationMessages } from "./deprecation-messages.js";

function readJson(path: string): JsonSchema {
  return JSON.parse(readFileSync(path, "utf8")) as JsonSchema;
}

export function schemaBundles(sourceDir: string): {
  bundles: Map<string, JsonSchema>;
  published: Map<string, JsonSchema>;
} {
  const common = readJson(join(sourceDir, "common.schema.json"));
  const kinds = readdirSync(sourceDir)
    .filter((f) => f.endsWith(".schema.json") && f !== "common.schema.json")
    .map((f) => f.slice(0, -".schema.json".length))
    .sort();
  const bundles = new Map<string, JsonSchema>();
  const published = new Map<string, JsonSchema>();
  for (const kind of kinds) {
    const bundled = withDeprecationMessages(bundleSchema(readJson(join(sourceDir, `${kind}.schema.json`)), common));
    bundles.set(kind, bundled);
    // Only the kinds users edit (named in the naming table) are closed, not the dataset records.
    published.set(kind, FILE_NAMES.some((n) => n.kind === kind) ? closeObjects(bundled) : bundled);
  }
  return { bundles, published };
}
