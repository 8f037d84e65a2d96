// Offsets to line/column: columns count code points (astral characters and tabs are one), CR,
// LF and CRLF each end a line, and lookups stay cheap on one huge minified line.
import { describe, expect, it } from "vitest";
import { LineIndex } from "../src/document/line-index.js";
import { growthRatio } from "./growth.js";

/** The reference: walk code points from the start of the text (a CRLF's CR belongs to its line). */
function naive(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else {
      const low = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && i + 1 < offset) i++;
      column++;
    }
  }
  return { line, column };
}

describe("LineIndex", () => {
  it("counts code points per line across LF, CRLF and CR line breaks", () => {
    const text = "a😀b\r\n\t𝄞𝄞x\rlone\ud800y\n名前\udc00z";
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++)
      expect(index.position(offset), `offset ${offset}`).toEqual(naive(text, offset));
    expect(index.position(text.indexOf("b"))).toEqual({ line: 1, column: 3 });
    expect(index.position(text.indexOf("x"))).toEqual({ line: 2, column: 4 });
    expect(index.position(text.indexOf("y"))).toEqual({ line: 3, column: 6 });
    expect(index.position(text.indexOf("z"))).toEqual({ line: 4, column: 4 });
    expect(index.position(text.length + 10)).toEqual(naive(text, text.length));
    expect([1, 2, 3, 4].map((n) => index.lineText(n))).toEqual(["a😀b", "\t𝄞𝄞x", "lone\ud800y", "名前\udc00z"]);
  });

  it("looks up n and 4n positions on one minified line in near-linear time", () => {
    const ratio = growthRatio((n) => {
      const text = '{"k😀":1,'.repeat(n * 5);
      return () => {
        const index = new LineIndex(text);
        for (let k = 0; k < n; k++) index.position(Math.floor((k / n) * text.length));
      };
    }, 20_000);
    expect(ratio).toBeLessThan(8);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds
});
