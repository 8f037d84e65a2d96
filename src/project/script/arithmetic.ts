// Bash arithmetic $((…)) as bash does it: $-expansions substituted as text first, then the
// expression evaluated on 64-bit two's-complement integers with bash's precedence, truncating
// division and short-circuit && / ||. Iterative (operator-precedence with explicit stacks), so
// 6000 nested parentheses cost a stack of 6000 entries, not 6000 JS frames.

import {
  applyOperator,
  numberOperand,
  type Operand,
  PRECEDENCE,
  RIGHT_ASSOCIATIVE,
  UNARY,
  variableOperand,
} from "./arithmetic-ops.js";
import { type Token, tokenize } from "./arithmetic-tokens.js";
import type { Node } from "./bash-parser.js";
import { type Environment, MAX_VALUE_LENGTH, TOO_COMPLEX, textOf, unknownReason } from "./shell-text.js";

type Result = bigint | { unknown: string };

export function evaluateArithmetic(node: Node, env: Environment): Result {
  const text = node.text.trim();
  const body = text.startsWith("$((") && text.endsWith("))") ? text.slice(3, -2) : undefined;
  if (body === undefined) return { unknown: `arithmetic ${text.slice(0, 40)}` };
  if (!env.budget.spend(body.length)) return { unknown: TOO_COMPLEX };
  const expanded = expandDollars(body, env);
  if (typeof expanded !== "string") return expanded;
  if (expanded.trim() === "") return 0n; // bash: $(( )) is 0
  const tokens = tokenize(expanded);
  if ("unexpected" in tokens) return { unknown: `arithmetic syntax error at "${tokens.unexpected}"` };
  return evaluateTokens(tokens, env);
}

/** Substitutes $NAME, ${NAME} and inner $((…)) (as plain parentheses) the way bash does first. */
function expandDollars(body: string, env: Environment): string | { unknown: string } {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && body[i + 1] === "\n") i++;
    else if (c === '"')
      continue; // bash drops double quotes inside $((…))
    else if (c === "`" || c === "'") return { unknown: `quoting ${c} in arithmetic` };
    else if (c !== "$") out += c;
    else if (body.startsWith("((", i + 1))
      continue; // $((x)) inside has the value of ((x))
    else if (body[i + 1] === "(") return { unknown: "command substitution in arithmetic" };
    else {
      const m = /\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)/y;
      m.lastIndex = i + 1;
      const found = m.exec(body);
      const name = found?.[1] ?? found?.[2];
      if (!found || !name) return { unknown: `parameter expansion ${body.slice(i, i + 20)} in arithmetic` };
      const value = env.get(name);
      if (!value) return { unknown: `$${name} is set from the environment` };
      const reason = unknownReason(value);
      if (reason) return { unknown: reason };
      const text = textOf(value.pieces);
      if (!env.budget.spend(text.length) || out.length + text.length > MAX_VALUE_LENGTH)
        return { unknown: TOO_COMPLEX };
      out += text;
      i += found[0].length;
    }
    if (out.length > MAX_VALUE_LENGTH) return { unknown: TOO_COMPLEX };
  }
  return out;
}

/** Operator precedence with two stacks; unary operators are "u-", "u+", "u!", "u~". */
function evaluateTokens(tokens: Token[], env: Environment): Result {
  const values: Operand[] = [];
  const ops: string[] = [];
  const reduce = (): string | undefined => {
    const op = ops.pop()!;
    const arity = op.startsWith("u") ? 1 : 2;
    if (values.length < arity) return "operand expected";
    const operands = values.splice(values.length - arity, arity);
    values.push(applyOperator(op, operands));
    return undefined;
  };
  let expectOperand = true;
  for (const token of tokens) {
    if (!env.budget.spend(1)) return { unknown: TOO_COMPLEX };
    let problem: string | undefined;
    if ("number" in token || "name" in token) {
      if (!expectOperand) problem = `unexpected ${"number" in token ? token.number : token.name}`;
      else values.push("number" in token ? numberOperand(token.number) : variableOperand(token.name, env));
      expectOperand = false;
    } else if (expectOperand) {
      if (token.op === "(") ops.push("(");
      else if (UNARY.has(token.op)) ops.push(`u${token.op}`);
      else problem = `operand expected before "${token.op}"`;
    } else if (token.op === ")") {
      while (!problem && ops.length > 0 && ops.at(-1) !== "(") problem = reduce();
      if (!problem && ops.pop() !== "(") problem = 'unmatched ")"';
    } else {
      const precedence = PRECEDENCE[token.op];
      if (precedence === undefined) return { unknown: `arithmetic operator ${token.op} is not evaluated statically` };
      const right = RIGHT_ASSOCIATIVE.has(token.op);
      while (!problem && ops.length > 0 && ops.at(-1) !== "(") {
        const top = ops.at(-1)!;
        const topPrecedence = top.startsWith("u") ? Number.POSITIVE_INFINITY : PRECEDENCE[top]!;
        if (topPrecedence < precedence || (topPrecedence === precedence && right)) break;
        problem = reduce();
      }
      ops.push(token.op);
      expectOperand = true;
    }
    if (problem) return { unknown: `arithmetic syntax error: ${problem}` };
  }
  if (expectOperand) return { unknown: "arithmetic syntax error: operand expected" };
  while (ops.length > 0) {
    if (ops.at(-1) === "(") return { unknown: 'arithmetic syntax error: missing ")"' };
    const problem = reduce();
    if (problem) return { unknown: `arithmetic syntax error: ${problem}` };
  }
  return values[0]!;
}
