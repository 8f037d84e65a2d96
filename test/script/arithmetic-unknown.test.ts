// Why a $((…)) has no static value is shown to the user (script-value's "cannot know" message), so
// each reason is asserted word for word; every expression here is one bash rejects or needs to run
// for. The work budget and the 1 MiB value cap are tested at their exact boundaries.
import { describe, expect, it } from "vitest";
import { evaluateArithmetic } from "../../src/project/script/arithmetic.js";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";
import { Budget, literal, MAX_VALUE_LENGTH, TOO_COMPLEX, unknownPiece } from "../../src/project/script/shell-text.js";
import { environment, firstNode } from "./script-nodes.js";

/** Y's value or reason after `preamble`, then Y=`word`. */
const yAfter = async (word: string, preamble = "") => {
  const y = (await evaluateScript(`${preamble}Y=${word}\n`)).vars.get("Y");
  return y?.reason ?? y?.value;
};

const LONG = "1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1"; // 45 characters

const REASONS: [word: string, reason: string, preamble?: string][] = [
  ["$[1+2]", "arithmetic $[1+2]"],
  [`$[${LONG}]`, `arithmetic $[${LONG.slice(0, 38)}`],
  ["$(( '1' + 2 ))", "quoting ' in arithmetic"],
  ["$(( `echo 1` + 2 ))", "quoting ` in arithmetic"],
  ['$(("\\1"))', 'arithmetic syntax error at "\\"'],
  ["$(( $(date +%s) + 1 ))", "command substitution in arithmetic"],
  ["$((1 + ${Z:-1} + 100000000000))", "parameter expansion ${Z:-1} + 1000000000 in arithmetic"],
  ["$(( $1 + 2 ))", "parameter expansion $1 + 2  in arithmetic"],
  ["$(( $UNSET + 1 ))", "$UNSET is set from the environment"],
  ["$(( $A + 1 ))", "$HOME is set from the environment", "A=$HOME\n"],
  ["$(( A + 1 ))", "$HOME is set from the environment", "A=$HOME\n"],
  ["$(( UNSET + 1 ))", "$UNSET is set from the environment"],
  ["$(( $X + 2 ))", 'arithmetic syntax error: unmatched ")"', 'X="1)"\n'],
  ["$(( $X + 2 ))", 'arithmetic syntax error: missing ")"', 'X="(1"\n'],
  ["$(( $X ))", 'arithmetic syntax error at "@"', 'X="1 @ 2"\n'],
  ["$(( $X ))", "arithmetic syntax error: unexpected 2", 'X="1 2"\n'],
  ["$(( $X ))", "arithmetic syntax error: unexpected y", 'X="1 y"\n'],
  ["$(( $X ))", 'arithmetic syntax error: operand expected before ")"', 'X="()"\n'],
  ["$(( $X ))", 'arithmetic syntax error: operand expected before "*"', 'X="*2"\n'],
  ["$(( $X ))", "arithmetic syntax error: operand expected", 'X="1+"\n'],
  ["$(( 1 ? 2 : 3 ))", "arithmetic operator ? is not evaluated statically"],
  ["$(( 1 , 2 ))", "arithmetic operator , is not evaluated statically"],
  ["$(( Z = 1 ))", "arithmetic operator = is not evaluated statically"],
  ["$(( Z += 1 ))", "arithmetic operator += is not evaluated statically"],
  ["$((1<<=2))", "arithmetic operator <<= is not evaluated statically"],
  ["$((08))", '"08" is not an integer bash reads'],
  ["$((8#8 + 1))", '"8#8" is not an integer bash reads'],
  ["$((1#1))", '"1#1" is not an integer bash reads'],
  ["$((0#0))", '"0#0" is not an integer bash reads'],
  [`$((${"9".repeat(50)}x))`, `"${"9".repeat(40)}" is not an integer bash reads`],
  ["$(( X * 2 ))", `$X is "${LONG.slice(0, 40)}", not an integer`, `X="${LONG}"\n`],
  ["$(( X * 2 ))", '$X is "2#2", not an integer', "X=2#2\n"],
  ["$(( X ))", '$X is "16#f-1", not an integer', "X=16#f-1\n"],
  ["$(( X ))", '$X is "x16#f", not an integer', "X=x16#f\n"],
  ["$((4 / 0))", "division by zero"],
  ["$((2 ** -1))", "exponent less than 0"],
];

describe("unknown arithmetic, with the reason the user reads", () => {
  for (const [word, reason, preamble] of REASONS)
    it(`${preamble?.trim() ?? ""} Y=${word.slice(0, 40)} is unknown: ${reason}`, async () => {
      const y = (await evaluateScript(`${preamble ?? ""}Y=${word}\n`)).vars.get("Y");
      expect(y).toMatchObject({ value: undefined, reason });
    });

  it("keeps an unknown operand when && or || cannot decide without it", async () => {
    const env = "U=$HOME\n";
    expect(await yAfter("$(( U || 1 ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( 0 || U ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( U && 0 ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( 1 && U ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( -U ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( 1 + U ))", env)).toBe("$HOME is set from the environment");
    expect(await yAfter("$(( 1 || U ))", env)).toBe("1");
    expect(await yAfter("$(( 0 && U ))", env)).toBe("0");
  });
});

describe("arithmetic within its bounds", () => {
  const arithmetic = (expression: string) => firstNode(`Y=$((${expression}))\n`, "arithmetic_expansion");

  it("spends one step per character of the expression, of each $-value, and per token", async () => {
    // "$X+1": 4 characters, X's "2": 1, tokens 2 + 1: 3, so 8 steps in all
    const node = await arithmetic("$X+1");
    expect(evaluateArithmetic(node, environment({ X: "2" }, new Budget(8)))).toBe(3n);
    expect(evaluateArithmetic(node, environment({ X: "2" }, new Budget(7)))).toEqual({ unknown: TOO_COMPLEX });
    const plain = await arithmetic("1+2"); // 3 characters and 3 tokens
    expect(evaluateArithmetic(plain, environment({}, new Budget(6)))).toBe(3n);
    expect(evaluateArithmetic(plain, environment({}, new Budget(5)))).toEqual({ unknown: TOO_COMPLEX });
  });

  it("spends a $-value's length even when the value is blank", async () => {
    // "$X": 2 characters, X's "   ": 3, no tokens
    const node = await arithmetic("$X");
    expect(evaluateArithmetic(node, environment({ X: "   " }, new Budget(5)))).toBe(0n);
    expect(evaluateArithmetic(node, environment({ X: "   " }, new Budget(4)))).toEqual({ unknown: TOO_COMPLEX });
  });

  it("evaluates an expanded expression of exactly 1 MiB and refuses one character more", async () => {
    // one offset per piece, not per character: the arithmetic reads only the text
    const text = (t: string) => ({ pieces: [{ text: t, offsets: [0], quoted: true }] });
    const padded = (length: number) => text(`${" ".repeat(length - 1)}7`);
    const seven = (length: number) => text(`7${" ".repeat(length - 1)}`);
    const half = MAX_VALUE_LENGTH / 2;
    const twoHalves = await arithmetic("$X$Y");
    expect(evaluateArithmetic(twoHalves, environment({ X: padded(half), Y: seven(half + 1) }))).toEqual({
      unknown: TOO_COMPLEX,
    });
    const whole = environment({ X: padded(MAX_VALUE_LENGTH) });
    expect(evaluateArithmetic(await arithmetic("$X"), whole)).toBe(7n);
    expect(evaluateArithmetic(await arithmetic("$X+0"), whole)).toEqual({ unknown: TOO_COMPLEX });
  });

  it("gives the first reason of a partly unknown value", async () => {
    const partly = { pieces: [literal("1", 0, true), ...unknownPiece("special parameter $1", 1, false).pieces] };
    expect(evaluateArithmetic(await arithmetic("$X+1"), environment({ X: partly }))).toEqual({
      unknown: "special parameter $1",
    });
  });
});
