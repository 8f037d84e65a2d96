// Code frames: the lines around a diagnostic with a caret under its column (counted in code
// points), cut to a window around the column so a minified multi-megabyte line prints fast.
import { describe, expect, it } from "vitest";
import { LineIndex } from "../src/document/line-index.js";
import { codeFrame } from "../src/formatters/code-frame.js";
import { stylish } from "../src/formatters/stylish.js";
import type { Diagnostic, Report } from "../src/index.js";
import { growthRatio } from "./growth.js";

const frame = (text: string, line: number, column: number, endLine?: number, endColumn?: number) =>
  codeFrame(new LineIndex(text), line, column, endLine, endColumn);

function report(file: string, diagnostics: Partial<Diagnostic>[]): Report {
  const full = diagnostics.map((d) => ({
    ruleId: "schema",
    messageId: "type",
    severity: "error" as const,
    file,
    pointer: "",
    line: 1,
    column: 1,
    message: "m",
    ...d,
  }));
  return {
    version: 1,
    root: "/r",
    release: "26.0.0",
    files: [],
    runs: [],
    diagnostics: full,
    summary: { files: 1, runs: 0, errors: full.length, warnings: 0, infos: 0 },
  };
}

describe("code frames", () => {
  it("show the line and its neighbours with a caret under the range, counting code points", () => {
    expect(frame('{\n\t"a😀b": 48.0\r\n}', 2, 9, 2, 13)).toBe(
      ["  1 | {", '> 2 |  "a😀b": 48.0', "    |         ^^^^", "  3 | }"].join("\n"),
    );
    expect(frame("[1]", 1, 4)).toBe(["> 1 | [1]", "    |    ^"].join("\n"));
  });

  it("cut a long line to a window around the column, with … where text is left out", () => {
    const line = `${"a".repeat(1000)}X${"b".repeat(1000)}`;
    const [text, caret] = frame(line, 1, 1001, 1, 1002).split("\n");
    expect(text).toBe(`> 1 | …${"a".repeat(60)}X${"b".repeat(99)}…`);
    expect(caret!.indexOf("^")).toBe(text!.indexOf("X"));
    expect(frame(line, 1, 5).split("\n")[0]).toBe(`> 1 | ${"a".repeat(160)}…`);
  });

  it("escape control characters in the source and keep the caret under the column", () => {
    const [text, caret] = frame('{"\u001b[2J": 1, "x": 2}', 1, 13).split("\n");
    expect(text).toBe('> 1 | {"\\x1b[2J": 1, "x": 2}');
    expect(caret!.indexOf("^")).toBe(text!.indexOf('"x"'));
  });

  it("print 14 diagnostics on a 20 MB one-line file with short lines, in time linear in the file", () => {
    const size = 20 << 20;
    const source = `[${"1,".repeat(size / 2 - 1)}1]`;
    const diagnostics = Array.from({ length: 14 }, (_, k) => ({ column: 1 + Math.floor((k / 14) * size) }));
    const out = stylish(report("big.json", diagnostics), { color: false, readSource: () => source });
    expect(out.split("\n").every((l) => l.length < 200)).toBe(true);
    expect(out.match(/\| …/g)).toHaveLength(13);
    // Diagnostics in proportion to the file: quadratic if each one walked or split the file.
    const ratio = growthRatio((n) => {
      const text = `[${"1,".repeat(n)}1]`;
      const r = report(
        "big.json",
        Array.from({ length: n / 200 }, (_, k) => ({ column: 1 + k * 400 })),
      );
      return () => stylish(r, { color: false, readSource: () => text });
    }, 1_000_000);
    expect(ratio).toBeLessThan(8);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds
});
