// The CLI's help text: printed by `--help` and copied into the README's CLI section by
// `npm run generate`, so the two never differ. Lists (releases, formats) come from their sources.
import { DEFAULT_RELEASE, RELEASES } from "./generated/releases.js";

const FORMATS = ["stylish", "json", "github", "sarif"];

export function usage(): string {
  const pad = (flag: string) => flag.padEnd(Math.max(37, flag.length + 1));
  return `Usage:
  stepvideo-config check [PATH|GLOB ...]   check StepVideo configs (default ".")
      ${pad(`--format ${FORMATS.join("|")}`)}output format (default stylish)
      ${pad("--root DIR")}where launch scripts run from (default: the checkout found upward)
      ${pad("--release RELEASE")}MindSpeed-MM release the files target: ${RELEASES.join(", ")} (default ${DEFAULT_RELEASE})
      ${pad("--rule ID=off|info|warning|error")}set a rule's severity (repeatable)
      ${pad("--check-paths")}also check checkpoints, datasets, DPO side files and prompt lists
      ${pad("--jobs N")}threads that scan a large dataset (default: the number of cores)
      ${pad("--max-warnings N")}exit 1 when there are more than N warnings
      ${pad("--quiet")}report errors only
      ${pad("--fix")}apply the safe fixes (integer tokens, dtype aliases, sole-suggestion key typos, release renames)
      ${pad("--fix-dry-run")}print those fixes as a unified diff instead (exit 1 when there are any)
  stepvideo-config migrate --to RELEASE [PATH|GLOB ...]
                                           rewrite configs of an older release or a pre-2.1.0 fork for RELEASE, then
                                           check them under it (what remains is what it could not migrate)
      ${pad("--dry-run")}print the changes as a unified diff instead; takes check's other options
  stepvideo-config plan                    list the valid (TP, CP, PP) layouts and global batch sizes
      --world-size N | --npus-per-node N --nnodes M
      --task t2v|i2v (default t2v)  --inference  --mbs N  --model FILE  --frames N  --format table|json
  stepvideo-config schema [KIND]           list schema kinds with their URLs, or print one schema
  stepvideo-config init vscode [--remote]  add the schemas to .vscode/settings.json (node_modules paths, or URLs)
  stepvideo-config init neovim|helix|jetbrains  print jsonls settings for init.lua, or create
                                     .helix/languages.toml or .idea/jsonSchemas.xml
  stepvideo-config lsp [--stdio]           run the language server on stdin/stdout (for editors)
  stepvideo-config --help | --version
`;
}
