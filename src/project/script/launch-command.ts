// Finds the command that starts the MindSpeed-MM job (torchrun/python … some.py) and turns its
// expanded, word-split arguments into --flag value pairs with the script position of each flag.
import type { Node } from "./bash-parser.js";
import { expandWord } from "./expand.js";
import type { Environment } from "./shell-text.js";
import { splitFields, unknownReason } from "./shell-text.js";

interface RawField {
  /** The known text (of an unknown field, the part before what cannot be known). */
  text: string;
  unknown?: string;
  offset: number;
}

export interface RawArg {
  flag: string;
  offset: number;
  value?: string;
  unknown?: string;
}

export interface RawLaunch {
  launcher: string;
  entry: string;
  offset: number;
  launcherArgs: RawArg[];
  args: RawArg[];
}

const LAUNCHERS = new Set(["torchrun", "python", "python3", "deepspeed", "accelerate"]);

/** The launch command of a `command` node, or undefined when it starts no Python file. */
export function launchOf(command: Node, env: Environment): RawLaunch | undefined {
  const nameNode = command.childForFieldName("name");
  if (!nameNode) return undefined;
  const name = expandWord(nameNode, env);
  const launcher = unknownReason(name)
    ? undefined
    : name.pieces
        .map((p) => p.text)
        .join("")
        .split("/")
        .pop();
  if (!launcher || !LAUNCHERS.has(launcher)) return undefined;
  const fields: RawField[] = [];
  for (const arg of command.childrenForFieldName("argument")) {
    if (!arg) continue;
    for (const f of splitFields(expandWord(arg, env).pieces)) {
      const offset = f.offset < 0 ? arg.startIndex : f.offset;
      fields.push(f.unknown ? { text: f.text, unknown: f.unknown, offset } : { text: f.text, offset });
    }
  }
  const entryIndex = fields.findIndex((f) => f.text.endsWith(".py"));
  if (entryIndex < 0) return undefined;
  return {
    launcher,
    entry: fields[entryIndex]!.text!,
    offset: command.startIndex,
    launcherArgs: pairFlags(fields.slice(0, entryIndex)),
    args: pairFlags(fields.slice(entryIndex + 1)),
  };
}

/**
 * --flag value, --flag=value, and --flag alone (boolean) when the next word is a flag or absent;
 * --flag=$UNKNOWN has an unknown value, and a flag whose name is partly unknown is no flag known.
 */
function pairFlags(fields: RawField[]): RawArg[] {
  const args: RawArg[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (!field.text.startsWith("--")) continue;
    const eq = field.text.indexOf("=");
    if (eq > 0) {
      const flag = field.text.slice(0, eq);
      const value = field.unknown ? { unknown: field.unknown } : { value: field.text.slice(eq + 1) };
      args.push({ flag, offset: field.offset, ...value });
      continue;
    }
    if (field.unknown) continue;
    const next = fields[i + 1];
    if (next && !next.text.startsWith("--")) {
      args.push({
        flag: field.text,
        offset: field.offset,
        ...(next.unknown ? { unknown: next.unknown } : { value: next.text }),
      });
      i++;
    } else {
      args.push({ flag: field.text, offset: field.offset });
    }
  }
  return args;
}
