// Fixed twins (issue 9): every invalid fixture with its one mistake mended checks clean, so no rule waits
// on an unrelated error and no fixture hides a second mistake. Mends are data: test/text-mends.ts for the
// single-file fixtures, test/run-mends.ts for the run trees. A twin must report nothing at all, infos
// included: stricter than the "no errors or warnings", as the valid fixtures and the example tree
// report no info either; an info a twin shares with its clean baseline would be the one to allow.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic, validateText } from "../src/index.js";
import { type FixtureCase, fixturesDir, invalidFixtures } from "./fixture-cases.js";
import { overlayChanges, runMend, twinTree } from "./run-mends.js";
import { mendedBytes, mendsOf } from "./text-mends.js";

const located = (ds: Diagnostic[]) =>
  ds.map(({ severity, ruleId, messageId, file, pointer, line }) => ({
    severity,
    ruleId,
    messageId,
    file,
    pointer,
    line,
  }));

/** The twin's diagnostics, checked as fixtures.test.ts checks the fixture: same kind, same file name. */
async function checkTwin(c: FixtureCase, twin: Buffer): Promise<Diagnostic[]> {
  const file = join(mkdtempSync(join(tmpdir(), "svc-twin-")), c.name);
  writeFileSync(file, twin);
  if (c.kind === "unknown") return (await check({ paths: [file] })).diagnostics;
  return validateText(c.kind, readFileSync(file), c.name);
}

describe("fixed twins of the invalid fixtures", () => {
  const cases = invalidFixtures();
  it("every invalid fixture has a mend, and every mend its fixture", () => {
    for (const kind of new Set(cases.map((c) => c.kind))) {
      const names = cases.filter((c) => c.kind === kind).map((c) => c.name);
      expect(Object.keys(mendsOf(kind)).sort(), `fixtures/invalid/${kind}/mends.json`).toEqual(names);
    }
  });
  for (const c of cases) {
    it(`${c.kind}/${c.name}`, async () => {
      const mend = mendsOf(c.kind)[c.name];
      expect(mend, "its mend").toBeDefined();
      const fixture = readFileSync(c.path);
      const twin = mendedBytes(fixture, mend!, `${c.kind}/${c.name}`);
      expect(twin.equals(fixture), "the mend changes the fixture").toBe(false);
      expect(located(await checkTwin(c, twin))).toEqual([]);
    });
  }
});

describe("fixed twins of the run fixtures", () => {
  const names = readdirSync(join(fixturesDir, "runs")).sort();
  it("every run fixture has a mend; a plain revert only where the fixture makes one change", () => {
    for (const name of names) {
      const mend = runMend(`runs/${name}`);
      expect(mend, `runs/${name}/mend.json`).toBeDefined();
      if (mend === "revert") expect(overlayChanges(`runs/${name}`), `runs/${name} reverts several changes`).toBe(1);
      else expect(Object.values(mend!).flat().length, `runs/${name}: an empty mend`).toBeGreaterThan(0);
    }
  });
  for (const name of names) {
    it(name, async () => {
      const report = await check({ paths: [twinTree(`runs/${name}`, runMend(`runs/${name}`)!)] });
      expect(report.summary.runs).toBeGreaterThan(0);
      expect(located(report.diagnostics)).toEqual([]);
    });
  }
});
