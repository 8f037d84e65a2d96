// Word expansion as bash does it, one word at a time: the reason a word cannot be known (the user
// reads it), where each expanded character came from (a flag's line and column), the work each
// expansion costs, and how an expanded word splits into fields.
import { describe, expect, it } from "vitest";
import { expandWord } from "../../src/project/script/expand.js";
import {
  Budget,
  concat,
  literal,
  MAX_VALUE_LENGTH,
  splitFields,
  TOO_COMPLEX,
  textOf,
  unknownPiece,
} from "../../src/project/script/shell-text.js";
import { environment, firstNode } from "./script-nodes.js";

/** The value node of the first assignment in `script`, expanded against `vars`. */
const expanded = async (script: string, vars: Record<string, string> = {}, budget?: Budget) => {
  const assignment = await firstNode(script, "variable_assignment");
  return expandWord(assignment.childForFieldName("value")!, environment(vars, budget));
};

const FORTY = `$(echo ${"a".repeat(32)})`; // 40 characters: the longest shown whole

describe("words that cannot be known, with the reason the user reads", () => {
  const cases: [script: string, reason: string][] = [
    ["X=$'a b'\n", "ansi c string $'a b'"],
    ['X=$"a b"\n', 'translated string $"a b"'],
    ["X=${Y:-5}\n", "parameter expansion ${Y:-5}"],
    ["X=${#Y}\n", "parameter expansion ${#Y}"],
    ["X=${10}\n", "parameter expansion ${10}"],
    ["X=$1\n", "special parameter $1"],
    ['X="$@"\n', "special parameter $@"],
    ["X=$$\n", "special parameter $$"],
    ["X=$Y\n", "$Y is set from the environment"],
    ['X="a ${Y}"\n', "$Y is set from the environment"],
    ["X=$(echo  a\n   b)\n", "command substitution $(echo a b)"],
    [`X=${FORTY}\n`, `command substitution ${FORTY}`],
    [`X=${FORTY.replace("a", "aa")}\n`, `command substitution ${FORTY.slice(0, 37)}...`],
  ];
  for (const [script, reason] of cases)
    it(`${script.trim()}: ${reason}`, async () => {
      const value = await expanded(script);
      expect(value.pieces.find((p) => p.unknown)?.unknown).toBe(reason);
    });
});

describe("what a word expands to, and where each character came from", () => {
  it('unescapes $ ` " \\ and a line continuation inside double quotes, and nothing else', async () => {
    // offsets count from the script's start: X=" is 0-2
    const value = await expanded('X="a\\$b\\"c\\\\d\\`e\\\nf\\xg"\n');
    expect(textOf(value.pieces)).toBe('a$b"c\\d`ef\\xg');
    expect(value.pieces.flatMap((p) => p.offsets)).toEqual([3, 5, 6, 8, 9, 11, 12, 14, 15, 18, 19, 20, 21]);
  });

  it("keeps a variable's value inside double quotes as one field", async () => {
    const value = await expanded('X="--a $Y"\n', { Y: "1 2" });
    expect(splitFields(value.pieces).map((f) => f.text)).toEqual(["--a 1 2"]);
    const unquoted = await expanded("X=--a$Y\n", { Y: "=1 2" });
    expect(splitFields(unquoted.pieces).map((f) => f.text)).toEqual(["--a=1", "2"]);
  });

  it('expands "" to one empty field and an empty variable to none', async () => {
    expect(splitFields((await expanded('X=""\n')).pieces)).toEqual([{ text: "", offset: 2 }]);
    const fields = async (script: string) => splitFields((await expanded(script, { Y: "" })).pieces);
    expect((await fields('X="$Y"\n')).map((f) => f.text)).toEqual([""]);
    expect(await fields("X=$Y\n")).toEqual([]);
  });
});

describe("the work an expansion costs", () => {
  it("charges a word 1, and a $-value 1 per piece plus its length", async () => {
    // $Y: 1 for the word, then 1 + 3 for "abc"
    expect(textOf((await expanded("X=$Y\n", { Y: "abc" }, new Budget(5))).pieces)).toBe("abc");
    const over = await expanded("X=$Y\n", { Y: "abc" }, new Budget(4));
    expect(over.pieces).toEqual([{ text: "", offsets: [2], quoted: false, unknown: TOO_COMPLEX }]);
    // "$Y": 1 for the string, 1 + 3 for the value inside it
    expect(textOf((await expanded('X="$Y"\n', { Y: "abc" }, new Budget(5))).pieces)).toBe("abc");
    expect((await expanded('X="$Y"\n', { Y: "abc" }, new Budget(4))).pieces[0]?.unknown).toBe(TOO_COMPLEX);
    const spent = await expanded("X=abc\n", {}, new Budget(0));
    expect(spent.pieces).toEqual([{ text: "", offsets: [2], quoted: false, unknown: TOO_COMPLEX }]);
  });
});

describe("fields and values made of known and unknown pieces", () => {
  const unknown = (reason: string, offset: number) => unknownPiece(reason, offset, false).pieces[0]!;

  it("makes the whole field unknown, and splits nothing, where an unknown expansion stands", () => {
    const pieces = [literal("--load=", 10, true), unknown("$DIR is set from the environment", 17)];
    const fields = splitFields([...pieces, literal("/ckpt --bf16", 21, false)]);
    expect(fields).toEqual([
      { text: "--load=/ckpt", offset: 10, unknown: "$DIR is set from the environment" },
      { text: "--bf16", offset: 27 },
    ]);
    expect(splitFields([unknown("a", 4), literal("x", 5, false)])).toEqual([{ text: "x", offset: 4, unknown: "a" }]);
  });

  it("splits unquoted text on space, tab and newline only, however many stand together", () => {
    expect(splitFields([literal(" a b\tc\nd,e \t\n", 0, false)]).map((f) => [f.text, f.offset])).toEqual([
      ["a", 1],
      ["b", 3],
      ["c", 5],
      ["d,e", 7],
    ]);
  });

  it("joins known pieces of the same quoting into one, keeping each character's offset", () => {
    const joined = concat([{ pieces: [literal("ab", 3, true)] }, { pieces: [literal("c", 9, true)] }]);
    expect(joined.pieces).toEqual([{ text: "abc", offsets: [3, 4, 9], quoted: true }]);
    const first = literal("ab", 3, true);
    concat([{ pieces: [first] }, { pieces: [literal("c", 9, true)] }]);
    expect(first).toEqual(literal("ab", 3, true)); // a variable's own pieces are never changed
    const mixed = concat([{ pieces: [literal("a", 0, true)] }, { pieces: [literal("b", 1, false)] }]);
    expect(mixed.pieces.map((p) => p.text)).toEqual(["a", "b"]);
    const empty = concat([{ pieces: [literal("", 0, true)] }, { pieces: [literal("b", 1, true)] }]);
    expect(empty.pieces.map((p) => p.text)).toEqual(["", "b"]);
  });

  it("makes a value longer than 1 MiB unknown, at its first piece's offset", () => {
    // one offset per piece keeps the test small: only the text's length counts here
    const text = (length: number, offset: number) => ({ text: "a".repeat(length), offsets: [offset], quoted: true });
    const exactly = concat([{ pieces: [text(MAX_VALUE_LENGTH - 1, 5)] }, { pieces: [text(1, 9)] }]);
    expect(exactly.pieces.map((p) => p.text.length)).toEqual([MAX_VALUE_LENGTH - 1, 1]);
    const over = concat([{ pieces: [text(MAX_VALUE_LENGTH, 5)] }, { pieces: [{ ...text(1, 9), quoted: false }] }]);
    expect(over.pieces).toEqual([{ text: "", offsets: [5], quoted: false, unknown: TOO_COMPLEX }]);
    const alone = concat([{ pieces: [text(MAX_VALUE_LENGTH + 1, 7)] }]);
    expect(alone.pieces).toEqual([{ text: "", offsets: [7], quoted: true, unknown: TOO_COMPLEX }]);
  });

  it("keeps one unknown for unknowns side by side, and each where the quoting differs", () => {
    const twice = concat([{ pieces: [unknown("first", 0)] }, { pieces: [unknown("second", 3)] }]);
    expect(twice.pieces).toEqual([unknown("first", 0)]);
    const quoted = unknownPiece("second", 3, true);
    expect(concat([{ pieces: [unknown("first", 0)] }, quoted]).pieces).toHaveLength(2);
  });
});
