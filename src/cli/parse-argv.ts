// argv → command, flag values and positionals, by node:util parseArgs over the command table.
// Every mistake is a UsageError in plain words: an unknown command or flag gets a did-you-mean
// from the table (never parseArgs' raw message), a flag missing its value or given one it takes
// not is named.
import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import { closest } from "../schema/display.js";
import { COMMANDS, type CommandSpec, commandSpec, type FlagSpec, GLOBAL_FLAGS } from "./commands.js";

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandLine {
  /** Undefined when argv names no command (`--help`, `--version`, or nothing). */
  command: CommandSpec | undefined;
  values: FlagValues;
  positionals: string[];
}

export function parseCommandLine(argv: string[]): CommandLine {
  const at = argv.findIndex((a) => !a.startsWith("-"));
  const name = at < 0 ? undefined : argv[at]!;
  const command = name === undefined ? undefined : commandSpec(name);
  if (name !== undefined && !command) {
    const near = closest(
      name,
      COMMANDS.map((c) => c.name),
    );
    throw new UsageError(
      `Unknown command "${name}".${near ? ` Did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}; see "stepvideo-config --help".`,
    );
  }
  const flags = [...GLOBAL_FLAGS, ...(command?.flags ?? [])];
  const options = Object.fromEntries(
    flags.map((f) => [
      f.name,
      {
        type: f.arg ? ("string" as const) : ("boolean" as const),
        multiple: f.multiple === true,
        ...(f.short ? { short: f.short } : {}),
      },
    ]),
  );
  const rest = at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  const { values, positionals, tokens } = parseArgs({
    args: rest,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const flag = flags.find((f) => f.name === token.name);
    if (!flag) throw unknownFlag(token.rawName, command, flags);
    if (flag.arg && token.value === undefined)
      throw new UsageError(`${token.rawName} needs a value: ${token.rawName} ${flag.arg}.`);
    if (!flag.arg && token.inlineValue) throw new UsageError(`${token.rawName} takes no value.`);
  }
  return { command, values: values as FlagValues, positionals };
}

function unknownFlag(raw: string, command: CommandSpec | undefined, flags: readonly FlagSpec[]): UsageError {
  const names = flags.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
  const near = closest(raw, names);
  const where = command ? ` for "${command.name}"` : "";
  const help = command ? `stepvideo-config ${command.name} --help` : "stepvideo-config --help";
  return new UsageError(`Unknown option ${raw}${where}.${near ? ` Did you mean ${near}?` : ""} See "${help}".`);
}
