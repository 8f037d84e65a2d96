// `stepvideo-config init <editor>`: picks the editor's module and says what it did. VS Code's
// settings are merged (init-vscode.ts); Helix's and JetBrains' project files are created;
// Neovim's Lua is printed for the user's init.lua.
import { UsageError } from "./errors.js";

const EDITORS = "vscode [--remote], neovim, helix or jetbrains";

export async function runInit(editor: string | undefined, workspace: string, remote: boolean): Promise<string> {
  switch (editor) {
    case "vscode": {
      const { initVscode } = await import("./init-vscode.js");
      const result = initVscode(workspace, remote);
      return `${result.settingsFile}: ${result.added} json.schemas entries for StepVideo configs${remote ? " (remote URLs, trusted domain added)" : ""}\n`;
    }
    case "neovim":
      return (await import("./init/neovim.js")).neovimConfig();
    case "helix":
      return `${(await import("./init/helix.js")).initHelix(workspace)}: vscode-json-language-server schemas for StepVideo configs\n`;
    case "jetbrains":
      return `${(await import("./init/jetbrains.js")).initJetbrains(workspace)}: JSON Schema mappings for StepVideo configs\n`;
    default:
      throw new UsageError(`init supports ${EDITORS}: "stepvideo-config init vscode".`);
  }
}
