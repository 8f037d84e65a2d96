// Hover text: on a diagnostic, its rule's description and docs page; on a key or value of a config,
// the schema's description of that place (by the JSON pointer at the cursor, for the file's kind
// and, for a model file, its role). Nothing here re-checks the file.
import { getLocation } from "jsonc-parser";
import type { Hover, Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { modelRoleTitles } from "../generated/kinds.js";
import { loadDocument } from "../project/load-document.js";
import { allRules } from "../rules/index.js";
import { SchemaNavigator } from "../schema/schema-navigator.js";
import { loadSchema } from "../schema/schema-store.js";
import type { PublishedFile } from "./published-diagnostics.js";
import { docsUri } from "./to-lsp-diagnostic.js";

export function hover(document: TextDocument, position: Position, published?: PublishedFile): Hover | null {
  const parts = [...ruleDocs(position, published), ...keyDescription(document, position)];
  return parts.length > 0 ? { contents: { kind: "markdown", value: parts.join("\n\n---\n\n") } } : null;
}

function contains(range: { start: Position; end: Position }, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}

/** The docs of every rule with a diagnostic under the cursor, each once. */
function ruleDocs(position: Position, published?: PublishedFile): string[] {
  if (!published) return [];
  const ids = new Set(published.lsp.filter((d) => contains(d.range, position)).map((d) => String(d.code)));
  return [...ids].map((id) => {
    const rule = allRules[id];
    const text = rule ? rule.meta.description : id;
    return `**${id}**: ${text}\n\n[docs/rules/${id}.md](${docsUri(`docs/rules/${id}.md`)})`;
  });
}

/** The schema description of the key or value under the cursor, for a config of known kind. */
function keyDescription(document: TextDocument, position: Position): string[] {
  if (!document.uri.endsWith(".json")) return [];
  const text = document.getText();
  const loaded = loadDocument(document.uri, text, { explicit: true });
  if (!loaded?.kind) return [];
  const location = getLocation(text, document.offsetAt(position));
  const segments = location.path.map(String);
  if (segments.length === 0) return [];
  const navigator = new SchemaNavigator(loadSchema(loaded.kind));
  const start = loaded.role ? navigator.byTitle(modelRoleTitles[loaded.role]) : loadSchema(loaded.kind);
  const description = navigator
    .at(segments, start)
    .map((s) => s.description)
    .find((d): d is string => typeof d === "string");
  return description ? [`\`${segments.join(".")}\`: ${description}`] : [];
}
