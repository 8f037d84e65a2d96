// The fixture tables: each invalid fixture reports exactly its expected rule and message ids, pointers and
// lines (nothing more at warning or error level); each valid fixture reports nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic, validateText } from "../src/index.js";
import { invalidFixtures, validFixtures } from "./fixture-cases.js";

describe("invalid fixtures", () => {
  const cases = invalidFixtures();
  it("exist, one violation each, for every rule they are named for", () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) expect(c.expected.length, `${c.kind}/${c.name} has no expectation`).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(`${c.kind}/${c.name}`, async () => {
      const all: Diagnostic[] =
        c.kind === "unknown"
          ? (await check({ paths: [c.path] })).diagnostics
          : validateText(c.kind, readFileSync(c.path), c.name);
      const diagnostics = all.filter((d) => d.severity !== "info" || c.expected.some((e) => e.ruleId === d.ruleId));
      expect(diagnostics.map(({ ruleId, messageId, pointer, line }) => ({ ruleId, messageId, pointer, line }))).toEqual(
        c.expected,
      );
    });
  }
});

describe("valid fixtures", () => {
  for (const c of validFixtures()) {
    it(`${c.kind}/${c.name}`, () => {
      const diagnostics = validateText(
        c.kind as Exclude<typeof c.kind, "unknown">,
        readFileSync(c.path, "utf8"),
        c.name,
      );
      expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });
  }
});
