// `init neovim`: prints the vscode-json-language-server (jsonls) settings for Neovim's init.lua,
// with absolute file:// URIs of the schemas in node_modules (a Neovim config is the user's own
// Lua, outside the workspace, so init prints it rather than editing it).
import { schemaEntries } from "./schema-entries.js";

/** JSON string syntax is a valid Lua string for every path (\" \\ \n and \u escapes aside, none occur). */
const lua = (s: string) => JSON.stringify(s);

export function neovimConfig(): string {
  const entries = schemaEntries().map(
    (e) => `        { fileMatch = { ${e.fileMatch.map(lua).join(", ")} }, url = ${lua(e.uri)} },`,
  );
  return [
    "-- stepvideo-config: JSON Schemas for MindSpeed-MM StepVideo configs (Neovim 0.11+, jsonls).",
    'vim.lsp.config("jsonls", {',
    "  settings = {",
    "    json = {",
    "      validate = { enable = true },",
    "      schemas = {",
    ...entries,
    "      },",
    "    },",
    "  },",
    "})",
    'vim.lsp.enable("jsonls")',
    "",
  ].join("\n");
}
