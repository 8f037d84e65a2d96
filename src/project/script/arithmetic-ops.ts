// The operators and operands of bash arithmetic on 64-bit two's complement (BigInt wrapped with
// asIntN): bash's precedence table, truncating / and %, ** by squaring, && and || that skip the
// side bash never evaluates (0 && 1/0 is 0), and the value of a bare variable name.
import { parseInteger } from "./arithmetic-tokens.js";
import { type Environment, textOf, unknownReason } from "./shell-text.js";

/** An evaluated operand, or why it cannot be known (kept, so && and || can still decide). */
export type Operand = bigint | { unknown: string };

/** Binary operators, loosest first, as in bash's expr.c; unary operators bind tighter than all. */
export const PRECEDENCE: Record<string, number> = {
  "||": 1,
  "&&": 2,
  "|": 3,
  "^": 4,
  "&": 5,
  "==": 6,
  "!=": 6,
  "<": 7,
  ">": 7,
  "<=": 7,
  ">=": 7,
  "<<": 8,
  ">>": 8,
  "+": 9,
  "-": 9,
  "*": 10,
  "/": 10,
  "%": 10,
  "**": 11,
};
export const RIGHT_ASSOCIATIVE = new Set(["**"]);
export const UNARY = new Set(["-", "+", "!", "~"]);

const wrap = (n: bigint) => BigInt.asIntN(64, n);
const truth = (b: boolean) => (b ? 1n : 0n);

export function numberOperand(text: string): Operand {
  return parseInteger(text) ?? { unknown: `"${text.slice(0, 40)}" is not an integer bash reads` };
}

/** A bare name in $((…)): its value must be an integer (bash would evaluate an expression in it). */
export function variableOperand(name: string, env: Environment): Operand {
  const value = env.get(name);
  if (!value) return { unknown: `$${name} is set from the environment` };
  const reason = unknownReason(value);
  if (reason) return { unknown: reason };
  const text = textOf(value.pieces).trim();
  if (text === "") return 0n;
  return parseInteger(text) ?? { unknown: `$${name} is "${text.slice(0, 40)}", not an integer` };
}

/** `op` on its operands: "u-" and the like take one, binary operators two. */
export function applyOperator(op: string, operands: Operand[]): Operand {
  const [a, b] = operands as [Operand, Operand | undefined];
  if (op === "&&" && a === 0n) return 0n;
  if (op === "||" && typeof a === "bigint" && a !== 0n) return 1n;
  if (typeof a !== "bigint") return a;
  if (op.startsWith("u")) return unary(op.slice(1), a);
  if (typeof b !== "bigint") return b!;
  return binary(op, a, b);
}

function unary(op: string, a: bigint): Operand {
  if (op === "-") return wrap(-a);
  if (op === "!") return truth(a === 0n);
  if (op === "~") return wrap(~a);
  return a;
}

function binary(op: string, a: bigint, b: bigint): Operand {
  switch (op) {
    case "+":
      return wrap(a + b);
    case "-":
      return wrap(a - b);
    case "*":
      return wrap(a * b);
    case "/":
    case "%":
      if (b === 0n) return { unknown: "division by zero" };
      return wrap(op === "/" ? a / b : a % b); // BigInt truncates toward zero, as C does
    case "**":
      return b < 0n ? { unknown: "exponent less than 0" } : power(a, b);
    case "<<":
      return wrap(a << (b & 63n)); // the shift count wraps as on the machines bash runs on
    case ">>":
      return a >> (b & 63n);
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "&&":
    case "||":
      return truth(op === "&&" ? a !== 0n && b !== 0n : a !== 0n || b !== 0n);
    default:
      return truth(compare(op, a, b));
  }
}

function compare(op: string, a: bigint, b: bigint): boolean {
  if (op === "==") return a === b;
  if (op === "!=") return a !== b;
  if (op === "<") return a < b;
  if (op === ">") return a > b;
  return op === "<=" ? a <= b : a >= b;
}

/** a ** b modulo 2^64 by squaring: 64 steps at most, whatever b is. */
function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let square = wrap(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = wrap(result * square);
    square = wrap(square * square);
  }
  return result;
}
