// The schema mappings every `init <editor>` writes, read from the shipped schemas/catalog.local.json:
// each kind's fileMatch patterns and the absolute path of its schema inside this installed
// package (node_modules/stepvideo-config/schemas/…), so nested files resolve it from anywhere.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packageUrl } from "../package-root.js";

export interface SchemaEntry {
  name: string;
  /** Globs as VS Code and vscode-json-language-server read them; `!` ones exclude. */
  fileMatch: string[];
  /** Absolute path of the schema file. */
  path: string;
  /** Its file:// URI. */
  uri: string;
}

export function schemaEntries(): SchemaEntry[] {
  const catalogUrl = packageUrl("schemas/catalog.local.json");
  const catalog = JSON.parse(readFileSync(catalogUrl, "utf8")) as {
    schemas: { name: string; fileMatch: string[]; url: string }[];
  };
  return catalog.schemas
    .filter((s) => s.fileMatch.length > 0)
    .map((s) => {
      const uri = new URL(s.url, catalogUrl);
      return { name: s.name, fileMatch: s.fileMatch, path: fileURLToPath(uri), uri: uri.href };
    });
}
