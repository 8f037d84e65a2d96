// The words of a script-syntax diagnostic, exactly as the user reads them, and where it points:
// each unclosed construct by name, what tree-sitter found missing, the unexpected text (cut to 30
// characters), and binary or CRLF content found at the very first byte.
import { describe, expect, it } from "vitest";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";

const thirty = `while ${"t".repeat(24)}`;

const FAULTS: [script: string, fault: { messageId: string; line: number; column: number; problem: string }][] = [
  ['X="open\n', { messageId: "syntax", line: 1, column: 3, problem: 'unterminated " string' }],
  ["X='open\n", { messageId: "syntax", line: 1, column: 3, problem: "unterminated ' string" }],
  ["X=`open\n", { messageId: "syntax", line: 1, column: 3, problem: "unterminated ` string" }],
  ["if true; then\necho\n", { messageId: "syntax", line: 1, column: 1, problem: '"if" without "fi"' }],
  ["for i in 1; do\n", { messageId: "syntax", line: 1, column: 13, problem: '"do" without "done"' }],
  ["( echo\n", { messageId: "syntax", line: 1, column: 1, problem: '"(" without ")"' }],
  ["X=${A\n", { messageId: "syntax", line: 1, column: 3, problem: '"{" without "}"' }],
  [
    "cat <<EOF\nx\n",
    { messageId: "syntax", line: 1, column: 5, problem: 'here-document <<EOF without its end line "EOF"' },
  ],
  [";;\n", { messageId: "syntax", line: 1, column: 1, problem: 'missing "word"' }],
  ["X=$((1 \\+ 2))\n", { messageId: "syntax", line: 1, column: 3, problem: 'missing "))"' }],
  ["echo )\n", { messageId: "syntax", line: 1, column: 6, problem: 'unexpected ")"' }],
  ['echo ) "x', { messageId: "syntax", line: 1, column: 6, problem: 'unexpected ") \\"x"' }],
  ["echo a\nxx[[x\n", { messageId: "syntax", line: 2, column: 1, problem: 'unexpected "xx[[x"' }],
  ["echo `;\necho end\n", { messageId: "syntax", line: 1, column: 6, problem: 'unexpected "`"' }],
  [`${thirty}\n`, { messageId: "syntax", line: 1, column: 1, problem: `unexpected "${thirty}"` }],
  [`${thirty}t\n`, { messageId: "syntax", line: 1, column: 1, problem: `unexpected "${thirty.slice(0, 27)}..."` }],
  ["\0abc", { messageId: "binary", line: 1, column: 1, problem: "a NUL byte" }],
  ["\r\nX=1\n", { messageId: "crlf", line: 1, column: 1, problem: "CRLF (Windows) line endings" }],
  ["X=1\r\nif then\r\n", { messageId: "crlf", line: 1, column: 4, problem: "CRLF (Windows) line endings" }],
];

describe("script faults, word for word", () => {
  for (const [script, fault] of FAULTS)
    it(`${JSON.stringify(script)}: ${fault.problem}`, async () => {
      expect((await evaluateScript(script)).fault).toEqual(fault);
    });
});
