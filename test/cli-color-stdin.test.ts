// Colour by the supports-color conventions (flags, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the
// terminal), each rule tested through main(); and `check --stdin --stdin-filename` (or `-`), whose
// text stands for the file, in the file rules and in the runs that name it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useColor } from "../src/cli/color.js";
import { runCli } from "./cli-run.js";
import { exampleCopy, overlayTree } from "./overlay-tree.js";

const ESC = "\u001b[";
const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";

describe("colour", () => {
  it("follows flags, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the terminal", () => {
    const cases: [Parameters<typeof useColor>[0], boolean][] = [
      [{ flags: { noColor: true }, env: { FORCE_COLOR: "1" }, isTTY: true }, false],
      [{ flags: { color: true }, env: { NO_COLOR: "1", TERM: "dumb" }, isTTY: false }, true],
      [{ flags: {}, env: { FORCE_COLOR: "1", NO_COLOR: "1" }, isTTY: false }, true],
      [{ flags: {}, env: { FORCE_COLOR: "" }, isTTY: false }, true],
      [{ flags: {}, env: { FORCE_COLOR: "0" }, isTTY: true }, false],
      [{ flags: {}, env: { FORCE_COLOR: "false" }, isTTY: true }, false],
      [{ flags: {}, env: { NO_COLOR: "1" }, isTTY: true }, false],
      [{ flags: {}, env: { NO_COLOR: "" }, isTTY: true }, true],
      [{ flags: {}, env: { TERM: "dumb" }, isTTY: true }, false],
      [{ flags: {}, env: { TERM: "xterm" }, isTTY: true }, true],
      [{ flags: {}, env: {}, isTTY: false }, false],
    ];
    for (const [inputs, expected] of cases) expect(useColor(inputs), JSON.stringify(inputs)).toBe(expected);
  });

  it("colours stylish output through main() exactly as the rules say", async () => {
    const colored = async (args: string[], env: Record<string, string>, isTTY = false) =>
      (await runCli(["check", "fixtures/example", ...args], undefined, { env, isTTY })).stdout.includes(ESC);
    expect(await colored([], {}, true)).toBe(true);
    expect(await colored([], {}, false)).toBe(false);
    expect(await colored([], { TERM: "dumb" }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: "1" }, true)).toBe(false);
    expect(await colored([], { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(await colored([], { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(await colored(["--no-color"], { FORCE_COLOR: "1" }, true)).toBe(false);
    expect(await colored(["--color"], { NO_COLOR: "1" }, false)).toBe(true);
    expect(await colored(["--color", "--format", "json"], {}, true)).toBe(false); // colour is for stylish only
  });
});

describe("check --stdin", () => {
  it("checks the text on stdin as the named file: located diagnostics, its kind, no file read", async () => {
    const dir = exampleCopy("svc-stdin-");
    const text = readFileSync(join(dir, MODEL), "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"');
    for (const args of [["--stdin"], ["-"]]) {
      const result = await runCli(["check", ...args, "--stdin-filename", MODEL, "--format", "json"], dir, {
        stdin: text,
      });
      expect(result.status, args.join(" ")).toBe(1);
      const report = JSON.parse(result.stdout);
      expect(report.files).toEqual([{ file: MODEL, kind: "model", role: "pretrain" }]);
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({ ruleId: "dtype-value", file: MODEL, pointer: "/predictor/dtype" }),
      );
    }
    // The disk copy is clean: the stdin text was checked, and its code frame printed.
    const stylish = await runCli(["check", "--stdin", "--stdin-filename", MODEL], dir, { stdin: text });
    expect(stylish.stdout).toMatch(/> +\d+ \| +"dtype": "bfloat16"/);
  });

  it("gives the runs that name the file the stdin text in place of the disk's", async () => {
    const dir = overlayTree("runs/heads-divisible-by-tp-cp"); // num_heads 48 with TP 8, CP 4
    const onDisk = await runCli(["check", MODEL, "--format", "json"], dir);
    expect(JSON.parse(onDisk.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "heads-divisible-by-tp-cp", pointer: "/predictor/num_heads" }),
    );
    const text = readFileSync(join(dir, MODEL), "utf8").replace('"num_heads": 48', '"num_heads": 64');
    const result = await runCli(["check", "--stdin", "--stdin-filename", MODEL, "--format", "json"], dir, {
      stdin: text,
    });
    const report = JSON.parse(result.stdout);
    expect(report.runs.map((r: { script: string }) => r.script)).toEqual(["examples/stepvideo/t2v/pretrain_t2v.sh"]);
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain("heads-divisible-by-tp-cp");
  });

  it("refuses stdin without --stdin-filename, with paths, and --stdin-filename alone", async () => {
    const cases: [string[], string][] = [
      [["--stdin"], "--stdin needs --stdin-filename PATH: the file the text stands for (its kind and runs)."],
      [["-", "x.json", "--stdin-filename", "a.json"], "check reads stdin or paths, not both."],
      [["--stdin-filename", "a.json"], "--stdin-filename goes with --stdin (or - as the path)."],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(["check", ...args], undefined, { stdin: "{}" });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toBe(`stepvideo-config: ${message}\n`);
    }
  });
});
