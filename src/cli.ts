// The command line: argv → library → formatter → exit code, and nothing else; callable in-process
// (tests) with its streams, cwd, env and stdin passed in. src/cli-bin.ts wires it to the process.
// The commands and their flags are the table in cli/commands.ts; each command's handler is one
// entry of HANDLERS below. Exit 0: no error (and warnings within --max-warnings); 1: problems;
// 2: usage or internal fault.

import { runCheck } from "./cli/check-command.js";
import { commandSpec } from "./cli/commands.js";
import type { CliIo, Io } from "./cli/io.js";
import { type FlagValues, parseCommandLine } from "./cli/parse-argv.js";
import { commandUsage, usage } from "./cli-usage.js";
import { UsageError } from "./errors.js";
import { escapeControls } from "./formatters/escape-text.js";
import { packageVersion } from "./package-root.js";

export type { CliIo } from "./cli/io.js";

type Handler = (values: FlagValues, args: string[], io: Io) => Promise<number>;

const HANDLERS: Record<string, Handler> = {
  check: (values, args, io) => runCheck(values, args, io, "check"),
  migrate: (values, args, io) => runCheck(values, args, io, "migrate"),
  lsp: async () => (await import("./lsp/stdio.js")).serveStdio(),
  plan: async (values, _args, io) => (await import("./cli/plan-command.js")).runPlan(values, io),
  schema: async (_values, args, io) => write(io, (await import("./schema-command.js")).printSchema(args[0])),
  init: async (values, args, io) =>
    write(io, await (await import("./init-command.js")).runInit(args[0], io.cwd, values.remote === true)),
  explain: async (_values, args, io) => write(io, (await import("./cli/explain.js")).explain(args[0])),
  help: async (_values, args, io) => {
    if (args[0] === undefined) return write(io, usage());
    const spec = commandSpec(args[0]);
    if (!spec) parseCommandLine([args[0]]); // throws the unknown-command error with its did-you-mean
    return write(io, commandUsage(spec!));
  },
};

/** Runs one command line; resolves to the exit code, writing a one-line message for errors. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const full: Io = {
    ...io,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    // Read when used: process.stdin is made on first access, and making it loads node:net or node:tty.
    get stdin() {
      return io.stdin ?? process.stdin;
    },
  };
  try {
    const { command, values, positionals } = parseCommandLine(argv);
    if (values.help) return write(full, command ? commandUsage(command) : usage());
    if (values.version) return write(full, `${packageVersion()}\n`);
    if (!command) throw new UsageError(usage());
    return await HANDLERS[command.name]!(values, positionals, full);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usageError = error instanceof UsageError;
    full.stderr.write(`stepvideo-config: ${usageError ? "" : "internal error: "}${escapeControls(message, true)}\n`);
    if (full.env.DEBUG && error instanceof Error) full.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

function write(io: Io, text: string): number {
  io.stdout.write(text);
  return 0;
}
