// The one text order of reports: UTF-16 code units, not the locale.
import { describe, expect, it } from "vitest";
import { compareText } from "../src/compare-text.js";

describe("compareText", () => {
  it.each<[string, string, number]>([
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
    ["B", "a", -1],
    ["a/b", "a-b", 1],
    ["", "a", -1],
  ])("%j vs %j: %i", (a, b, order) => expect(compareText(a, b)).toBe(order));

  it("sorts paths as code units", () => {
    expect(["b/x", "a/z", "B/y", "a-b"].sort(compareText)).toEqual(["B/y", "a-b", "a/z", "b/x"]);
  });
});
