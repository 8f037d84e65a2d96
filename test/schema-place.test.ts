// The places a key walk visits (schema-navigator.ts): remembered per start, member and place
// below, deprecated and listed keys read once, and at most MAX_MEMBERS keys kept per place
// (unknown keys under an open object are the user's: unbounded).
import { describe, expect, test } from "vitest";
import { walkValueKeys } from "../src/schema/key-walk.js";
import { SchemaNavigator } from "../src/schema/schema-navigator.js";

const schema = {
  type: "object",
  properties: {
    listed: { type: "object", properties: { old: { type: "integer", deprecated: true }, kept: { type: "integer" } } },
    open: { type: "object", additionalProperties: { type: "object", properties: { x: { type: "integer" } } } },
  },
};

describe("Place", () => {
  test("the same place for the same start, member and place below; listed keys and deprecation", () => {
    const navigator = new SchemaNavigator(schema);
    const root = navigator.placeAt(schema);
    expect(navigator.placeAt(schema)).toBe(root);
    expect([...(root.known ?? [])]).toEqual(["listed", "open"]);
    const listed = root.member("listed");
    expect(root.member("listed")).toBe(listed);
    expect(listed.deprecated).toBe(false);
    const below = root.below(listed);
    expect(root.below(listed)).toBe(below);
    expect([...(below.known ?? [])]).toEqual(["old", "kept"]);
    expect(below.member("old").deprecated).toBe(true);
    expect(below.member("kept").deprecated).toBe(false);
    expect(below.member("typo").schemas).toEqual([]);
  });

  test("an open place lists no keys and keeps at most 1000 of its members", () => {
    const navigator = new SchemaNavigator(schema);
    const open = navigator.placeAt(schema).below(navigator.placeAt(schema).member("open"));
    expect(open.known).toBeUndefined();
    for (let i = 0; i < 1000; i++) open.member(`k${i}`);
    expect(open.member("k0")).toBe(open.member("k0"));
    const late = open.member("k1000");
    expect(open.member("k1000")).not.toBe(late); // not kept: worked out again, the same answer
    expect(open.member("k1000")).toEqual(late);
    expect(late.schemas).toEqual([schema.properties.open.additionalProperties]);
  });

  test("a walk reports unlisted and deprecated keys, and goes below open objects' members", () => {
    const navigator = new SchemaNavigator(schema);
    const value = { listed: { old: 1, kept: 2, typo: 3 }, open: { a: { x: 1, y: 2 } }, extra: {} };
    const visits = walkValueKeys(value, navigator, schema).map((v) => [v.pointer, v.known ? [...v.known] : undefined]);
    expect(visits.sort()).toEqual([
      ["/extra", ["listed", "open"]],
      ["/listed/old", ["old", "kept"]],
      ["/listed/typo", ["old", "kept"]],
      ["/open/a/y", ["x"]],
    ]);
  });
});
