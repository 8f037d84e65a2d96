// Evaluates a MindSpeed-MM launch script statically: variables and exports as they stand when the
// job starts, and the launch command with its arguments. Never runs anything, never guesses:
// what only running the script could tell is unknown, with the reason.
import { LineIndex } from "../../document/line-index.js";
import { firstError, type Node, parseBash } from "./bash-parser.js";
import { expandWord } from "./expand.js";
import { launchOf, type RawArg, type RawLaunch } from "./launch-command.js";
import { type Environment, textOf, unknownPiece, unknownReason, type Value } from "./shell-text.js";

export interface SourceSpan {
  line: number;
  column: number;
}
interface ScriptValue extends SourceSpan {
  value: string | undefined;
  reason?: string;
}
export interface ScriptArg extends SourceSpan {
  flag: string;
  value?: string;
  unknown?: string;
}
interface LaunchCommand extends SourceSpan {
  launcher: string;
  entry: string;
  args: ScriptArg[];
  launcherArgs: ScriptArg[];
}
export interface ScriptEvaluation {
  vars: Map<string, ScriptValue>;
  exports: Map<string, ScriptValue>;
  launch?: LaunchCommand;
  syntaxError?: SourceSpan & { message: string };
}

const DECLARATIONS = new Set(["export", "declare", "typeset", "local", "readonly"]);
const INSIDE: Record<string, string> = {
  if_statement: "an if",
  while_statement: "a while loop",
  for_statement: "a for loop",
  c_style_for_statement: "a for loop",
  case_statement: "a case",
  function_definition: "a function",
  subshell: "a subshell",
  compound_statement: "a { } group",
  list: "a && / || list",
};

export async function evaluateScript(text: string): Promise<ScriptEvaluation> {
  const tree = await parseBash(text);
  const lines = new LineIndex(text);
  const at = (offset: number): SourceSpan => lines.position(offset);
  const values = new Map<string, Value>();
  const result: ScriptEvaluation = { vars: new Map(), exports: new Map() };
  const env: Environment = { get: (name) => values.get(name) };
  let launch: RawLaunch | undefined;

  const assign = (node: Node, exported: boolean) => {
    const name = node.childForFieldName("name")?.text;
    if (!name) return;
    const valueNode = node.childForFieldName("value");
    const value: Value = valueNode ? expandWord(valueNode, env) : { pieces: [] };
    values.set(name, value);
    const reason = unknownReason(value);
    const entry: ScriptValue = {
      ...at(node.startIndex),
      ...(reason ? { value: undefined, reason } : { value: textOf(value.pieces) }),
    };
    result.vars.set(name, entry);
    if (exported) result.exports.set(name, entry);
  };
  const markConditional = (node: Node, why: string) => {
    for (const a of node.descendantsOfType("variable_assignment")) {
      const name = a?.childForFieldName("name")?.text;
      if (!name || !a) continue;
      values.set(name, unknownPiece(why, a.startIndex, false));
      result.vars.set(name, { ...at(a.startIndex), value: undefined, reason: why });
    }
  };
  const findLaunch = (node: Node) => {
    if (launch) return;
    if (node.type === "command") launch = launchOf(node, env);
    else for (const child of node.namedChildren) if (child && child.type !== "function_definition") findLaunch(child);
  };

  for (const statement of tree.rootNode.namedChildren) {
    if (!statement) continue;
    switch (statement.type) {
      case "variable_assignment":
        assign(statement, false);
        break;
      case "variable_assignments":
        for (const a of statement.namedChildren) if (a?.type === "variable_assignment") assign(a, false);
        break;
      case "declaration_command": {
        const exported = statement.firstChild?.text === "export";
        if (!DECLARATIONS.has(statement.firstChild?.text ?? "")) break;
        for (const child of statement.namedChildren) {
          if (child?.type === "variable_assignment") assign(child, exported);
          else if (child?.type === "variable_name" && exported) {
            const existing = result.vars.get(child.text);
            result.exports.set(
              child.text,
              existing ?? {
                ...at(child.startIndex),
                value: undefined,
                reason: `$${child.text} is set from the environment`,
              },
            );
          }
        }
        break;
      }
      default: {
        findLaunch(statement);
        const inside = INSIDE[statement.type];
        if (inside) markConditional(statement, `assigned conditionally (inside ${inside})`);
      }
    }
  }

  const toArg = (a: RawArg): ScriptArg => ({
    flag: a.flag,
    ...at(a.offset),
    ...(a.value !== undefined ? { value: a.value } : {}),
    ...(a.unknown ? { unknown: a.unknown } : {}),
  });
  if (launch)
    result.launch = {
      launcher: launch.launcher,
      entry: launch.entry,
      ...at(launch.offset),
      args: launch.args.map(toArg),
      launcherArgs: launch.launcherArgs.map(toArg),
    };
  const error = firstError(tree.rootNode);
  if (error)
    result.syntaxError = {
      ...at(error.startIndex),
      message: error.isMissing ? `missing ${error.type}` : `unexpected ${JSON.stringify(error.text.slice(0, 30))}`,
    };
  tree.delete(); // the tree lives in WebAssembly memory
  return result;
}
