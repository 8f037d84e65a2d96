// `init helix`: writes .helix/languages.toml, Helix's workspace language config, giving
// vscode-json-language-server our schemas by absolute file:// URI (Helix merges it with its
// built-in config). An existing file is left alone: see write-new-file.ts.
import { join } from "node:path";
import { schemaEntries } from "./schema-entries.js";
import { writeNewFile } from "./write-new-file.js";

/** A TOML basic string: JSON's escapes (\" \\ \n \uXXXX) are TOML's. */
const toml = (s: string) => JSON.stringify(s);

function helixConfig(): string {
  const entries = schemaEntries().map(
    (e) => `  { fileMatch = [${e.fileMatch.map(toml).join(", ")}], url = ${toml(e.uri)} },`,
  );
  return [
    "# stepvideo-config: JSON Schemas for MindSpeed-MM StepVideo configs.",
    "[language-server.vscode-json-language-server.config.json]",
    "validate = { enable = true }",
    "schemas = [",
    ...entries,
    "]",
    "",
  ].join("\n");
}

export function initHelix(workspace: string): string {
  const file = join(workspace, ".helix", "languages.toml");
  writeNewFile(file, helixConfig());
  return file;
}
