// Bash arithmetic $((…)) on 64-bit-style integers: + - * / % ** with bash's truncating division,
// unary minus, parentheses, bare variable names and $VAR. Division by zero or an unknown operand
// makes the result unknown.
import type { Node } from "./bash-parser.js";
import { type Environment, textOf, unknownReason } from "./shell-text.js";

type Result = number | { unknown: string };

export function evaluateArithmetic(node: Node, env: Environment): Result {
  const expression = node.type === "arithmetic_expansion" ? node.namedChildren.find(Boolean) : node;
  if (!expression) return { unknown: "empty arithmetic expression" };
  return evaluate(expression, env);
}

function evaluate(node: Node, env: Environment): Result {
  switch (node.type) {
    case "number":
      return parseInteger(node.text) ?? { unknown: `"${node.text}" is not an integer` };
    case "variable_name":
      return variable(node.text, env);
    case "simple_expansion":
    case "expansion": {
      const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(node.text.trim())?.[1];
      return name ? variable(name, env) : { unknown: `parameter expansion ${node.text}` };
    }
    case "parenthesized_expression":
      return node.firstNamedChild ? evaluate(node.firstNamedChild, env) : { unknown: "empty parentheses" };
    case "unary_expression": {
      const operand = node.firstNamedChild ? evaluate(node.firstNamedChild, env) : { unknown: "no operand" };
      if (typeof operand !== "number") return operand;
      const op = node.text.trim()[0];
      return op === "-"
        ? -operand
        : op === "+"
          ? operand
          : op === "!"
            ? Number(operand === 0)
            : op === "~"
              ? ~operand
              : { unknown: `operator ${op}` };
    }
    case "binary_expression": {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      const op = node.childForFieldName("operator")?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
      if (!left || !right || !op) return { unknown: `arithmetic ${node.text}` };
      const a = evaluate(left, env);
      if (typeof a !== "number") return a;
      const b = evaluate(right, env);
      if (typeof b !== "number") return b;
      return binary(op, a, b);
    }
    default:
      return { unknown: `arithmetic ${node.type.replace(/_/g, " ")} ${node.text}` };
  }
}

function binary(op: string, a: number, b: number): Result {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "**":
      return a ** b;
    case "/":
    case "%":
      if (b === 0) return { unknown: "division by zero" };
      return op === "/" ? Math.trunc(a / b) : a % b;
    default:
      return { unknown: `operator ${op}` };
  }
}

function variable(name: string, env: Environment): Result {
  const value = env.get(name);
  if (!value) return { unknown: `$${name} is set from the environment` };
  const reason = unknownReason(value);
  if (reason) return { unknown: reason };
  const text = textOf(value.pieces).trim();
  if (text === "") return 0;
  return parseInteger(text) ?? { unknown: `$${name} is "${text}", not an integer` };
}

function parseInteger(text: string): number | undefined {
  if (/^-?[1-9][0-9]*$|^-?0$/.test(text)) return Number(text);
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return parseInt(text, 16);
  if (/^0[0-7]+$/.test(text)) return parseInt(text, 8);
  return undefined;
}
