// JSON pointers (RFC 6901) as the document, the rules and the schema walk read and write them.
import { describe, expect, it } from "vitest";
import { escapePointerSegment, parsePointer } from "../src/document/json-tree.js";

describe("parsePointer", () => {
  it("splits after the leading slash, keeping empty segments", () => {
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("/")).toEqual([""]);
    expect(parsePointer("/model_config/predictor")).toEqual(["model_config", "predictor"]);
    expect(parsePointer("/a//b/")).toEqual(["a", "", "b", ""]);
    expect(parsePointer("/items/0")).toEqual(["items", "0"]);
  });

  it("unescapes ~1 to / and then ~0 to ~, so ~01 stays ~1", () => {
    expect(parsePointer("/a~1b/c~0d")).toEqual(["a/b", "c~d"]);
    expect(parsePointer("/~01")).toEqual(["~1"]);
    expect(parsePointer("/~0~1/~1~0")).toEqual(["~/", "/~"]);
  });

  it("reads back every segment escapePointerSegment writes", () => {
    const segments = ["plain", "a/b", "~", "~1", "x~0/y", "", "é/ü"];
    const pointer = segments.map((s) => `/${escapePointerSegment(s)}`).join("");
    expect(parsePointer(pointer)).toEqual(segments);
  });
});
