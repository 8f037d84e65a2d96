// Unit tests of the expansion modules need what evaluateScript builds internally: a node parsed by
// the same bash grammar, and an environment whose variables and work budget the test chooses.
import { type Node, parseBash } from "../../src/project/script/bash-parser.js";
import { Budget, type Environment, literal, type Value } from "../../src/project/script/shell-text.js";

/** The first node of `type` in `script` (the tree is kept alive for the test's lifetime). */
export async function firstNode(script: string, type: string): Promise<Node> {
  const tree = await parseBash(script);
  const node = tree.rootNode.descendantsOfType(type)[0];
  if (!node) throw new Error(`no ${type} in ${JSON.stringify(script)}`);
  return node;
}

/** Known values as written text (a Value is taken as is), spending from `budget`. */
export function environment(vars: Record<string, string | Value>, budget = new Budget()): Environment {
  const values = new Map(
    Object.entries(vars).map(([name, v]) => [name, typeof v === "string" ? { pieces: [literal(v, 0, true)] } : v]),
  );
  return { get: (name) => values.get(name), budget };
}
