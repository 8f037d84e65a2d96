// Bash arithmetic as bash computes it: 64-bit two's-complement wrapping, bash's precedence
// (tree-sitter's arithmetic tree gets unary minus wrong, so the evaluator reads the text),
// truncating division, short-circuit && / ||; every expected value is what bash 5.2 prints.
import { describe, expect, it } from "vitest";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";

const computed = async (expression: string) => {
  const r = await evaluateScript(`X=1+2\nY=$((${expression}))\n`);
  return r.vars.get("Y");
};

const BASH: [string, string][] = [
  ["2**64+8", "8"],
  ["9223372036854775807+1", "-9223372036854775808"],
  ["-9223372036854775808/-1", "-9223372036854775808"],
  ["-9223372036854775808%-1", "0"],
  ["9223372036854775808", "-9223372036854775808"],
  ["18446744073709551617", "1"],
  ["0xFFFFFFFFFFFFFFFFF", "-1"],
  ["3**40", "-6289078614652622815"],
  ["2**63", "-9223372036854775808"],
  ["2**3**2", "512"],
  ["0**0", "1"],
  ["-5 - -3", "-2"],
  ["~1 + !0", "-1"],
  ["-2**2", "4"],
  ["7/-2", "-3"],
  ["-7%3", "-1"],
  ["6/3*2", "4"],
  ["1 + 2 << 1", "6"],
  ["1<<64", "1"],
  ["1 << -1", "-9223372036854775808"],
  ["-8>>1", "-4"],
  ["5&3|8^1", "9"],
  ["1 <= 2 ^ 3", "2"],
  ["5 > 3 == 1", "1"],
  ["1 == 1 && 2 != 2 || 3 >= 3", "1"],
  ["0 && 1/0", "0"],
  ["1 || 1/0", "1"],
  ["0x10 + 010", "24"],
  ["2#101", "5"],
  ["10#08", "8"],
  ["64#_@", "4094"],
  ["36#Z", "35"],
  ["62#Z", "61"],
  ["(((1+2)*3))", "9"],
  ["$((1+2))*2", "6"],
  ["$X*2", "5"],
  ['" 3 " + 1', "4"],
  ["- - 1", "1"],
  ["!!5", "1"],
  ["1<2", "1"],
  ["2<1", "0"],
  ["1<1", "0"],
  ["1>1", "0"],
  ["2>1", "1"],
  ["1<=1", "1"],
  ["2<=1", "0"],
  ["1>=1", "1"],
  ["1>=2", "0"],
  ["1==2", "0"],
  ["1!=1", "0"],
  ["1!=2", "1"],
  ["2&&3", "1"],
  ["1 &&0", "0"],
  ["0||0", "0"],
  ["0||3", "1"],
  ["+5", "5"],
  ["~0", "-1"],
  ["-(-9223372036854775807-1)", "-9223372036854775808"],
  ["6&3", "2"],
  ["6|3", "7"],
  ["6^3", "5"],
  ["-1>>63", "-1"],
  ["8>>65", "4"],
  ["3**0", "1"],
  ["3**1", "3"],
  ["3**4", "81"],
  ["-3**3", "-27"],
  ["16#ff", "255"],
  ["16#FF", "255"],
  ["0XfF", "255"],
  ["0x", "0"],
  ["36#z", "35"],
  ["36#A", "10"],
  ["37#A", "36"],
  ["64#@", "62"],
  ["2#1", "1"],
  ["10#0", "0"],
  ["07", "7"],
  [' "" ', "0"],
  ["1 \\\n+ 2", "3"],
  ["1\t+\n2", "3"],
  ["${X}*2", "5"],
  ["1+2*3", "7"],
  ["2*3+1", "7"],
  ["16#a", "10"],
];

/** V_1 written in the script, then $((expression)); the value is what bash prints. */
const VARIABLES: [v: string, expression: string, bash: string][] = [
  ["-5", "V_1+1", "-4"],
  ["+5", "V_1+1", "6"],
  ["''", "V_1+1", "1"],
  ["' 7 '", "V_1+1", "8"],
  ["0x1f", "V_1+1", "32"],
  ["-0x10", "V_1+1", "-15"],
  ["16#ff", "V_1+1", "256"],
  ["2+3", "${V_1}*2", "8"],
  ["2+3", "$V_1*2", "8"],
];

describe("bash arithmetic", () => {
  for (const [expression, bash] of BASH)
    it(`$((${expression})) is ${bash}`, async () => {
      expect((await computed(expression))?.value).toBe(bash);
    });

  for (const [v, expression, bash] of VARIABLES)
    it(`V_1=${v}; $((${expression})) is ${bash}`, async () => {
      const r = await evaluateScript(`V_1=${v}\nY=$((${expression}))\n`);
      expect(r.vars.get("Y")?.value).toBe(bash);
    });

  it("leaves unknown, with bash's reason, what bash rejects or the tool does not evaluate", async () => {
    expect(await computed("4 / 0")).toMatchObject({ value: undefined, reason: "division by zero" });
    expect(await computed("5 % (3 - 3)")).toMatchObject({ value: undefined, reason: "division by zero" });
    expect(await computed("2**-1")).toMatchObject({ value: undefined, reason: "exponent less than 0" });
    expect((await computed("08"))?.reason).toMatch(/not an integer/);
    expect((await computed("65#1"))?.reason).toMatch(/not an integer/);
    expect((await computed("X*2"))?.reason).toBe('$X is "1+2", not an integer');
    expect((await computed("$UNSET + 1"))?.reason).toBe("$UNSET is set from the environment");
    expect((await computed("1 ? 2 : 3"))?.reason).toMatch(/operator \? is not evaluated/);
    expect((await computed("X++"))?.reason).toBe("arithmetic syntax error: operand expected");
    expect((await computed("$(date +%s) + 1"))?.reason).toMatch(/command substitution/);
  });
});
