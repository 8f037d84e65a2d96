// The CLI's help texts, built from the command table (src/cli/commands.ts): `--help` prints the
// global text, `COMMAND --help` and `help COMMAND` one command's. The global text is copied into
// the README's CLI section by `npm run generate`, so the two never differ.
import { COMMANDS, type CommandSpec, type FlagSpec, GLOBAL_FLAGS } from "./cli/commands.js";

const COLUMN = 37;
const pad = (text: string) => text.padEnd(Math.max(COLUMN, text.length + 1));

function flagLine({ name, short, arg, help }: FlagSpec): string {
  const flag = `${short ? `-${short}, ` : ""}--${name}${arg ? ` ${arg}` : ""}`;
  return `      ${pad(flag)}${help}`;
}

function commandLines(command: CommandSpec): string[] {
  const head = `  stepvideo-config ${command.name}${command.args ? ` ${command.args}` : ""}`;
  // A usage line too long for the column puts the summary on a line of its own.
  const lines =
    head.length < COLUMN + 6
      ? [`${head.padEnd(COLUMN + 6)}${command.summary}`]
      : [head, `${" ".repeat(COLUMN + 6)}${command.summary}`];
  return [...lines, ...command.flags.map(flagLine)];
}

function helpText(commands: readonly CommandSpec[]): string {
  return `Usage:
${commands.flatMap(commandLines).join("\n")}
Global flags:
${GLOBAL_FLAGS.map(flagLine).join("\n")}
`;
}

/** The global help: every command with its flags. */
export function usage(): string {
  return helpText(COMMANDS);
}

/** One command's help: its usage line and flags, then the global flags. */
export function commandUsage(command: CommandSpec): string {
  return helpText([command]);
}
