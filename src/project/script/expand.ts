// Expands the words of a bash syntax tree as bash would, statically: quoting, escapes, line
// continuations, $VAR and ${VAR}, and $((…)). Anything that needs the script to run (command
// substitution, parameter operators, unset variables) becomes an unknown value with a reason.

import { evaluateArithmetic } from "./arithmetic.js";
import type { Node } from "./bash-parser.js";
import {
  concat,
  type Environment,
  literal,
  type Piece,
  TOO_COMPLEX,
  unknownPiece,
  type Value,
  withQuoting,
} from "./shell-text.js";

const SPECIAL = /^(?:[0-9@*#?$!-]|[1-9][0-9]*)$/;

export function expandWord(node: Node, env: Environment): Value {
  if (!env.budget.spend(1)) return unknownPiece(TOO_COMPLEX, node.startIndex, false);
  switch (node.type) {
    case "word":
    case "number":
    case "command_name":
      return node.type === "command_name" && node.firstNamedChild
        ? expandWord(node.firstNamedChild, env)
        : unescapeUnquoted(node);
    case "raw_string":
      return { pieces: [literal(node.text.slice(1, -1), node.startIndex + 1, true)] };
    case "string":
      return expandDoubleQuoted(node, env);
    case "concatenation":
      return concat(node.namedChildren.filter(Boolean).map((c) => expandWord(c!, env)));
    case "simple_expansion":
    case "expansion":
      return expandParameter(node, env, false);
    case "arithmetic_expansion": {
      const result = evaluateArithmetic(node, env);
      return typeof result === "bigint"
        ? { pieces: [literal(String(result), node.startIndex, true)] }
        : unknownPiece(result.unknown, node.startIndex, false);
    }
    case "command_substitution":
      return unknownPiece(`command substitution ${shorten(node.text)}`, node.startIndex, false);
    default:
      return unknownPiece(`${node.type.replace(/_/g, " ")} ${shorten(node.text)}`, node.startIndex, false);
  }
}

/** The name a $VAR or ${VAR} refers to, or undefined when it uses operators. */
function parameterName(node: Node): string | undefined {
  // tree-sitter may attach the white space before an expansion inside a string to its node
  const text = node.text.trim();
  const match = /^\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])\}?$/.exec(text);
  if (!match) return undefined;
  if (node.type === "expansion" && !text.startsWith("${")) return undefined;
  return match[1];
}

function expandParameter(node: Node, env: Environment, quoted: boolean): Value {
  const name = parameterName(node);
  if (name === undefined) return unknownPiece(`parameter expansion ${shorten(node.text)}`, node.startIndex, quoted);
  if (SPECIAL.test(name)) return unknownPiece(`special parameter $${name}`, node.startIndex, quoted);
  const value = env.get(name);
  if (!value) return unknownPiece(`$${name} is set from the environment`, node.startIndex, quoted);
  // Every use of a value is paid for by its length, so no script copies more than the budget.
  if (!env.budget.spend(value.pieces.reduce((n, p) => n + 1 + p.text.length, 0)))
    return unknownPiece(TOO_COMPLEX, node.startIndex, quoted);
  return withQuoting(value, quoted);
}

function expandDoubleQuoted(node: Node, env: Environment): Value {
  const parts: Value[] = [];
  let cursor = node.startIndex + 1;
  const end = node.endIndex - 1;
  const text = node.text;
  const gap = (from: number, to: number) => {
    if (to > from)
      parts.push({ pieces: unescapeQuoted(text.slice(from - node.startIndex, to - node.startIndex), from) });
  };
  for (const child of node.namedChildren) {
    if (!child || child.type === "string_content") continue;
    gap(cursor, child.startIndex + (child.text.length - child.text.trimStart().length));
    parts.push(
      child.type === "simple_expansion" || child.type === "expansion"
        ? expandParameter(child, env, true)
        : withQuoting(expandWord(child, env), true),
    );
    cursor = child.endIndex;
  }
  gap(cursor, end);
  const value = concat(parts);
  if (value.pieces.length === 0) return { pieces: [{ text: "", offsets: [node.startIndex], quoted: true }] };
  return value;
}

/** Inside double quotes a backslash escapes only $ ` " \ and newline (which it removes). */
function unescapeQuoted(raw: string, start: number): Piece[] {
  const piece: Piece = { text: "", offsets: [], quoted: true };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const next = raw[i + 1];
    if (c === "\\" && next !== undefined && '$`"\\\n'.includes(next)) {
      if (next !== "\n") {
        piece.text += next;
        piece.offsets.push(start + i + 1);
      }
      i++;
      continue;
    }
    piece.text += c;
    piece.offsets.push(start + i);
  }
  return [piece];
}

/** Outside quotes a backslash keeps the next character literally (and removes a newline). */
function unescapeUnquoted(node: Node): Value {
  const piece: Piece = { text: "", offsets: [], quoted: true };
  const raw = node.text;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "\\" && i + 1 < raw.length) i++;
    if (raw[i] === "\n") continue;
    piece.text += raw[i];
    piece.offsets.push(node.startIndex + i);
  }
  return { pieces: [piece] };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
