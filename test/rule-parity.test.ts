// Every rule is complete, as eslint's build insists: an index entry, a file named after its id, a docs
// page, at least one invalid fixture expecting it (valid trees are asserted free of it elsewhere), and
// every message it declares in meta.messages expected, by rule and message id, by some fixture.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { allRules, fileRules, fsRules, runRules } from "../src/rules/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { FS_CASES } from "./fs-cases.js";
import { materializedExample } from "./fs-tree.js";

const project = fileURLToPath(new URL("..", import.meta.url));

/**
 * Declared messages no input can produce, each with why ("rule/messageId": reason). Keep it short:
 * a message here is dead code or a fallback, and a fixture for it is better than an entry.
 */
const UNREACHABLE: Record<string, string> = {
  "dtype-value/other":
    "the dtype definition has only `type` and `enum`, so no other keyword fails under it; the fallback for one added later",
  "file-read/io":
    "needs a file that stats as regular but fails to open or read (EACCES for a non-root user, EIO), which no fixture can ship; test/rules-f-branches.test.ts reaches it on Linux through a link to /proc/self/mem",
};

type Expectation = { ruleId: string; messageId: string };

/** Every { ruleId, messageId } a fixture expects: invalid files, run overlays, --check-paths cases. */
function fixtureExpectations(): Expectation[] {
  const out: Expectation[] = [];
  const invalid = join(fixturesDir, "invalid");
  for (const kind of readdirSync(invalid)) {
    const table = JSON.parse(readFileSync(join(invalid, kind, "expected.json"), "utf8")) as Record<
      string,
      Expectation[]
    >;
    for (const list of Object.values(table)) out.push(...list);
  }
  for (const tree of readdirSync(join(fixturesDir, "runs")))
    out.push(...(JSON.parse(readFileSync(join(fixturesDir, "runs", tree, "expected.json"), "utf8")) as Expectation[]));
  for (const c of FS_CASES) {
    const root = materializedExample();
    c.breakTree(root);
    out.push(...c.expected(root));
  }
  return out;
}

const expectations = fixtureExpectations();
const expected = new Set(expectations.map((e) => e.ruleId));

describe("rule parity", () => {
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

  it("has every declared message expected by a fixture, and no fixture expecting an undeclared one", () => {
    const named = new Set(expectations.map((e) => `${e.ruleId}/${e.messageId}`));
    const declared = Object.values(allRules).flatMap((r) =>
      Object.keys(r.meta.messages).map((m) => `${r.meta.id}/${m}`),
    );
    expect(declared.filter((k) => !named.has(k) && !(k in UNREACHABLE))).toEqual([]);
    expect([...named].filter((k) => !declared.includes(k))).toEqual([]);
    for (const k of Object.keys(UNREACHABLE)) {
      expect(declared, `${k} is declared`).toContain(k);
      expect(named.has(k), `${k} is expected by a fixture: take it off UNREACHABLE`).toBe(false);
    }
  });
});
