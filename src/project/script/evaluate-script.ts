// Evaluates a MindSpeed-MM launch script statically: variables and exports as they stand when the
// job starts, and the launch command with its arguments. Never runs anything, never guesses:
// what only running the script could tell is unknown, with the reason.
import { LineIndex } from "../../document/line-index.js";
import { type Node, parseBash } from "./bash-parser.js";
import { expandWord } from "./expand.js";
import { launchOf, type RawArg, type RawLaunch } from "./launch-command.js";
import { syntaxFault, textFault } from "./script-faults.js";
import { Budget, type Environment, textOf, unknownPiece, unknownReason, type Value } from "./shell-text.js";

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
/** Why bash cannot run a script as written (script-faults.ts finds it; script-syntax reports it). */
export interface ScriptFault extends SourceSpan {
  messageId: "syntax" | "binary" | "crlf" | "unreadable";
  /** What is wrong, for the message ("unterminated ' string", "if without fi"). */
  problem: string;
}
export interface ScriptEvaluation {
  vars: Map<string, ScriptValue>;
  exports: Map<string, ScriptValue>;
  launch?: LaunchCommand;
  /** Why bash cannot run the script as written; evaluation stops where bash would. */
  fault?: ScriptFault;
}

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

/**
 * Binary content is not evaluated; CRLF line endings are reported and the script read as if it
 * had LF ones (lines and columns are the same); a syntax error ends the evaluation at the
 * top-level statement that holds it, as bash exits there.
 */
export async function evaluateScript(written: string): Promise<ScriptEvaluation> {
  const result: ScriptEvaluation = { vars: new Map(), exports: new Map() };
  const fault = textFault(written, (offset) => new LineIndex(written).position(offset));
  if (fault) result.fault = fault;
  if (fault?.messageId === "binary") return result;
  const text = fault ? written.replace(/\r\n/g, "\n") : written;
  const lines = new LineIndex(text);
  const at = (offset: number): SourceSpan => lines.position(offset);
  const tree = await parseBash(text);
  const values = new Map<string, Value>();
  const env: Environment = { get: (name) => values.get(name), budget: new Budget() };
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
  const findLaunch = (statement: Node) => {
    const pending = [statement]; // depth first, in document order, without recursion
    for (let node = pending.pop(); node && !launch; node = pending.pop()) {
      if (node.type === "command") launch = launchOf(node, env);
      else
        for (let i = node.namedChildCount - 1; i >= 0; i--) {
          const child = node.namedChild(i);
          if (child && child.type !== "function_definition") pending.push(child);
        }
    }
  };

  for (const statement of tree.rootNode.isError ? [tree.rootNode] : tree.rootNode.children) {
    if (!statement) continue;
    if (statement.hasError || statement.isMissing) {
      result.fault ??= syntaxFault(statement, at);
      break; // bash exits at a syntax error: nothing after it runs
    }
    if (!statement.isNamed) continue;
    switch (statement.type) {
      case "variable_assignment":
        assign(statement, false);
        break;
      case "variable_assignments":
        for (const a of statement.namedChildren) if (a?.type === "variable_assignment") assign(a, false);
        break;
      case "declaration_command": {
        const exported = exports(statement);
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
  tree.delete(); // the tree lives in WebAssembly memory
  return result;
}

/** export, declare -x and typeset -x put the variables they name in the job's environment. */
function exports(declaration: Node): boolean {
  const command = declaration.firstChild?.text;
  if (command === "export") return true;
  const exportOption = (c: Node | null) => /^-[A-Za-z]*x/.test(c?.text ?? ""); // -x, -rx: names never start with -
  return (command === "declare" || command === "typeset") && declaration.namedChildren.some(exportOption);
}
