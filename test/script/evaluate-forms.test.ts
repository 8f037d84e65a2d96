// The statement forms a launch script sets variables and starts its job with, each as bash runs
// it: several assignments on a line, export/declare/typeset with and without values, assignments
// bash may skip, the launch command wherever it stands, and its flags with unknown values.
import { describe, expect, it } from "vitest";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";

const ENV = (name: string) => `$${name} is set from the environment`;

describe("assignments and declarations", () => {
  it("sets an empty value from X= and expands it to nothing", async () => {
    const r = await evaluateScript('X=\nY="a${X}b"\nZ=$X\n');
    expect(r.vars.get("X")).toEqual({ value: "", line: 1, column: 1 });
    expect(r.vars.get("Y")?.value).toBe("ab");
    expect(r.vars.get("Z")?.value).toBe("");
  });

  it("expands $((…)) inside a double-quoted string", async () => {
    expect((await evaluateScript('X="a $((1+2)) b"\n')).vars.get("X")?.value).toBe("a 3 b");
    // tree-sitter gives the $((…)) node the blanks before it here
    expect((await evaluateScript('X=" $((1+2))"\n')).vars.get("X")?.value).toBe(" 3");
    expect((await evaluateScript('X="a\n  $((3))"\n')).vars.get("X")?.value).toBe("a\n  3");
  });

  it("sets every variable of A=1 B=2, at its own column, without exporting them", async () => {
    const r = await evaluateScript("A=1 B=$A$A\n");
    expect([...r.vars]).toEqual([
      ["A", { value: "1", line: 1, column: 1 }],
      ["B", { value: "11", line: 1, column: 5 }],
    ]);
    expect(r.exports.size).toBe(0);
  });

  it("exports what export, declare -x and typeset -x name, and nothing else declares", async () => {
    const r = await evaluateScript(
      [
        "export A=1 B=2",
        "declare -x D=3",
        "typeset -rx T=4",
        "declare -i I=5",
        "typeset S=6",
        "readonly R=7",
        "local L=8",
        "",
      ].join("\n"),
    );
    expect([...r.vars.keys()]).toEqual(["A", "B", "D", "T", "I", "S", "R", "L"]);
    expect([...r.exports]).toEqual([
      ["A", { value: "1", line: 1, column: 8 }],
      ["B", { value: "2", line: 1, column: 12 }],
      ["D", { value: "3", line: 2, column: 12 }],
      ["T", { value: "4", line: 3, column: 13 }],
    ]);
  });

  it("exports a name set before with its value, and one never set as from the environment", async () => {
    const r = await evaluateScript("X=1\nexport X Z\ndeclare -x W\ndeclare V\n");
    expect([...r.exports]).toEqual([
      ["X", { value: "1", line: 1, column: 1 }],
      ["Z", { value: undefined, reason: ENV("Z"), line: 2, column: 10 }],
      ["W", { value: undefined, reason: ENV("W"), line: 3, column: 12 }],
    ]);
  });

  const conditional: [script: string, inside: string][] = [
    ["while false; do X=2; done\n", "a while loop"],
    ["for i in 1; do X=2; done\n", "a for loop"],
    ["for ((i = 0; i < 1; i++)); do X=2; done\n", "a for loop"],
    ["case $A in a) X=2 ;; esac\n", "a case"],
    ["f() { X=2; }\n", "a function"],
    ["(X=2)\n", "a subshell"],
    ["{ X=2; }\n", "a { } group"],
    ["false || X=2\n", "a && / || list"],
    ["if true; then :; else X=2; fi\n", "an if"],
  ];
  for (const [script, inside] of conditional)
    it(`leaves X unknown when set inside ${inside}`, async () => {
      const r = await evaluateScript(`X=1\n${script}Y=$X\n`);
      const reason = `assigned conditionally (inside ${inside})`;
      expect(r.vars.get("X")).toEqual({ value: undefined, reason, line: 2, column: script.indexOf("X=2") + 1 });
      expect(r.vars.get("Y")).toMatchObject({ value: undefined, reason });
    });
});

describe("the launch command", () => {
  it("is the first command that starts a .py file, inside an if but not in a function defined there", async () => {
    const r = await evaluateScript(
      [
        "echo start",
        "if true; then",
        "  run() { torchrun never.py --a 1; }",
        "  python3 /opt/first.py --b 2",
        "fi",
        "torchrun second.py --c 3",
        "",
      ].join("\n"),
    );
    expect(r.launch).toMatchObject({ launcher: "python3", entry: "/opt/first.py", line: 4, column: 3 });
    expect(r.launch?.args).toEqual([{ flag: "--b", value: "2", line: 4, column: 25 }]);
  });

  it('keeps an unknown flag value unknown, whether written --flag=$X, --flag="$X" or --flag $X/more', async () => {
    const r = await evaluateScript(
      'torchrun x.py --load=$U --save="$U" --data $U/d --bf16 --name --a$U 1 --empty "" --last\n',
    );
    expect(r.launch?.args).toEqual([
      { flag: "--load", unknown: ENV("U"), line: 1, column: 15 },
      { flag: "--save", unknown: ENV("U"), line: 1, column: 25 },
      { flag: "--data", unknown: ENV("U"), line: 1, column: 37 },
      { flag: "--bf16", line: 1, column: 49 },
      { flag: "--name", line: 1, column: 56 },
      { flag: "--empty", value: "", line: 1, column: 71 },
      { flag: "--last", line: 1, column: 82 },
    ]);
  });

  it("reads a launcher from a variable, and flags from quoted words, at the flag's own column", async () => {
    const r = await evaluateScript("L=torchrun\n$L x.py '--a=1' ''--b 2\n");
    expect(r.launch).toMatchObject({ launcher: "torchrun", entry: "x.py", line: 2, column: 1 });
    expect(r.launch?.args).toEqual([
      { flag: "--a", value: "1", line: 2, column: 10 },
      { flag: "--b", value: "2", line: 2, column: 17 },
    ]);
  });

  it("starts no job from a command whose name is unknown or not a launcher", async () => {
    expect((await evaluateScript("$LAUNCHER x.py --a 1\n")).launch).toBeUndefined();
    expect((await evaluateScript("bash x.py --a 1\n")).launch).toBeUndefined();
    expect((await evaluateScript("torchrun --nproc_per_node 8\n")).launch).toBeUndefined();
    expect((await evaluateScript("/usr/bin/python x.py\n")).launch).toMatchObject({ launcher: "python" });
  });
});

describe("a script tree-sitter cannot parse at all", () => {
  it("is a syntax fault at the first statement that is not complete, and sets nothing", async () => {
    const r = await evaluateScript("X=1\n( (\n}");
    expect(r.fault).toEqual({ messageId: "syntax", line: 2, column: 1, problem: 'unexpected "( ("' });
    expect(r.vars.size).toBe(0);
  });
});
