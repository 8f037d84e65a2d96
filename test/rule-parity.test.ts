// Every rule is complete, as eslint's build insists: an index entry, a file named after its id,
// a docs page, and at least one invalid fixture expecting it (valid fixtures, the example tree
// and fixtures/runs-valid are asserted free of it by the fixture suites).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { allRules, fileRules, fsRules, runRules } from "../src/rules/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { FS_CASES } from "./fs-cases.js";

const project = fileURLToPath(new URL("..", import.meta.url));

function expectedRuleIds(): Set<string> {
  const ids = new Set<string>();
  const invalid = join(fixturesDir, "invalid");
  for (const kind of readdirSync(invalid)) {
    const table = JSON.parse(readFileSync(join(invalid, kind, "expected.json"), "utf8")) as Record<
      string,
      { ruleId: string }[]
    >;
    for (const list of Object.values(table)) for (const e of list) ids.add(e.ruleId);
  }
  for (const tree of readdirSync(join(fixturesDir, "runs"))) {
    if (!existsSync(join(fixturesDir, "runs", tree, "expected.json"))) continue;
    for (const e of JSON.parse(readFileSync(join(fixturesDir, "runs", tree, "expected.json"), "utf8")) as {
      ruleId: string;
    }[])
      ids.add(e.ruleId);
  }
  for (const c of FS_CASES) for (const id of c.rules) ids.add(id);
  return ids;
}

describe("rule parity", () => {
  const expected = expectedRuleIds();
  for (const [id, rule] of Object.entries(allRules)) {
    it(id, async () => {
      expect(rule.meta.id).toBe(id);
      const module = (await import(
        /* @vite-ignore */ pathToFileURL(join(project, "src", "rules", `${id}.ts`)).href
      )) as Record<string, { meta?: { id: string } }>;
      expect(
        Object.values(module).some((v) => v?.meta?.id === id),
        `src/rules/${id}.ts exports the rule`,
      ).toBe(true);
      expect(existsSync(join(project, "docs", "rules", `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
      expect(readFileSync(join(project, "docs", "rules", `${id}.md`), "utf8")).toMatch(
        new RegExp(`^# ${id}\\n[\\s\\S]*## Incorrect[\\s\\S]*## Correct[\\s\\S]*## How to fix[\\s\\S]*## Source`),
      );
      expect(expected.has(id), `an invalid fixture expects ${id}`).toBe(true);
      expect(rule.meta.scope).toBe(id in runRules ? "run" : id in fsRules ? "fs" : "file");
    });
  }

  it("has no docs page, fixture expectation or registry entry without a rule", () => {
    const pages = readdirSync(join(project, "docs", "rules")).map((f) => f.replace(/\.md$/, ""));
    expect(pages.sort()).toEqual(Object.keys(allRules).sort());
    for (const id of expected) expect(allRules, id).toHaveProperty(id);
    expect(Object.keys(allRules)).toEqual(Object.keys(allRules).sort());
    expect(Object.keys(fileRules).length + Object.keys(runRules).length + Object.keys(fsRules).length).toBe(
      Object.keys(allRules).length,
    );
  });
});
