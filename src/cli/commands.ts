// The command table: every command with its arguments, one-line summary and flags. Argument
// parsing (parse-argv.ts), the help texts (cli-usage.ts) and did-you-mean for flags all read it,
// so a new command or flag is one entry here (plus, for a command, its handler in cli.ts).
import { DEFAULT_RELEASE, RELEASES } from "../generated/releases.js";

export interface FlagSpec {
  name: string;
  short?: string;
  /** The value's placeholder in help; a flag without one is boolean. */
  arg?: string;
  multiple?: boolean;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as help shows them. */
  args: string;
  summary: string;
  flags: readonly FlagSpec[];
}

const FORMATS = ["stylish", "json", "github", "sarif"];

/** The flags of `check`, which `migrate` takes as well (it checks the files it rewrote). */
const CHECK_FLAGS: readonly FlagSpec[] = [
  { name: "format", short: "f", arg: FORMATS.join("|"), help: "output format (default stylish)" },
  { name: "output-file", short: "o", arg: "FILE", help: "write the report to FILE instead of stdout" },
  { name: "root", arg: "DIR", help: "where launch scripts run from (default: the checkout found upward)" },
  {
    name: "release",
    arg: "RELEASE",
    help: `MindSpeed-MM release the files target: ${RELEASES.join(", ")} (default ${DEFAULT_RELEASE})`,
  },
  { name: "rule", arg: "ID=off|info|warn|error", multiple: true, help: "set a rule's severity (repeatable)" },
  { name: "check-paths", help: "also check checkpoints, datasets, DPO side files and prompt lists" },
  { name: "jobs", arg: "N", help: "threads that scan a large dataset (default: the number of cores)" },
  { name: "no-cache", help: "evaluate every launch script again (default: cached by content)" },
  {
    name: "cache-location",
    arg: "DIR",
    help: "where the cache lives (default node_modules/.cache/stepvideo-config under the root)",
  },
  { name: "max-warnings", arg: "N", help: "exit 1 when there are more than N warnings" },
  { name: "quiet", short: "q", help: "report and count errors only" },
  { name: "verbose", help: "list every info with its code frame (default: one line per file)" },
  { name: "stdin", help: 'check the text on stdin (also: "-" as the path); needs --stdin-filename' },
  { name: "stdin-filename", arg: "PATH", help: "the file the stdin text stands for (its kind and runs)" },
];

/** Flags every command accepts. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: "help", short: "h", help: "show help (of the command, when one is given)" },
  { name: "version", short: "v", help: "print the version" },
  { name: "color", help: "force colour (default: on a terminal; NO_COLOR, FORCE_COLOR and TERM=dumb are honoured)" },
  { name: "no-color", help: "never colour" },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "check",
    args: "[PATH|GLOB ...]",
    summary: 'check StepVideo configs (default ".")',
    flags: [
      ...CHECK_FLAGS,
      {
        name: "fix",
        help: "apply the safe fixes (integer tokens, dtype aliases, sole-suggestion key typos, release renames)",
      },
      { name: "fix-dry-run", help: "print those fixes as a unified diff instead (exit 1 when there are any)" },
    ],
  },
  {
    name: "migrate",
    args: "--to RELEASE [PATH|GLOB ...]",
    summary: "rewrite configs of an older release or a pre-2.1.0 fork for RELEASE, then check them under it",
    flags: [
      { name: "to", arg: "RELEASE", help: "the release to migrate to" },
      { name: "dry-run", help: "print the changes as a unified diff instead" },
      ...CHECK_FLAGS.filter((f) => f.name !== "release" && !f.name.startsWith("stdin")),
    ],
  },
  {
    name: "plan",
    args: "",
    summary: "list the valid (TP, CP, PP) layouts and global batch sizes",
    flags: [
      { name: "world-size", arg: "N", help: "NPUs in all (or --npus-per-node N --nnodes M)" },
      { name: "npus-per-node", arg: "N", help: "NPUs per node" },
      { name: "nnodes", arg: "M", help: "nodes (default 1)" },
      { name: "task", arg: "t2v|i2v", help: "the task (default t2v)" },
      { name: "inference", help: "inference layouts (PP = 1)" },
      { name: "mbs", arg: "N", help: "micro batch size" },
      { name: "model", arg: "FILE", help: "model file to read heads, layers and sizes from" },
      { name: "frames", arg: "N", help: "frames per video" },
      { name: "format", short: "f", arg: "table|json", help: "output format (default table)" },
    ],
  },
  { name: "schema", args: "[KIND]", summary: "list schema kinds with their URLs, or print one schema", flags: [] },
  {
    name: "init",
    args: "vscode|neovim|helix|jetbrains",
    summary:
      "vscode: add the schemas to .vscode/settings.json; neovim: print jsonls settings for init.lua; helix, jetbrains: create .helix/languages.toml or .idea/jsonSchemas.xml",
    flags: [{ name: "remote", help: "vscode: use the schemas' URLs and trust their domain" }],
  },
  {
    name: "lsp",
    args: "[--stdio]",
    summary: "run the language server on stdin/stdout (for editors)",
    flags: [{ name: "stdio", help: "what LSP clients pass; stdio is the only transport" }],
  },
  { name: "explain", args: "RULE", summary: "print a rule's documentation", flags: [] },
  { name: "help", args: "[COMMAND]", summary: "show help of a command", flags: [] },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
