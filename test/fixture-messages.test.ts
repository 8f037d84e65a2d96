// What a user reads for every fixture: message, hint, related locations and fix of each diagnostic,
// as a snapshot (test/__snapshots__/fixture-messages.test.ts.snap; review its diff like code).
// fixtures.test.ts and run-fixtures.test.ts pin rule, message id, pointer and line; this pins the
// wording, so a changed number, a dropped hint or a lost related line in any rule is seen.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic, validateText } from "../src/index.js";
import { invalidFixtures } from "./fixture-cases.js";
import { fixtureDirs, overlayTree } from "./overlay-tree.js";

/** One diagnostic as readable lines; the docs URL is left out (one pattern for every rule). */
function render(d: Diagnostic): string {
  const lines = [`${d.severity} ${d.ruleId}/${d.messageId} ${d.file}:${d.line}:${d.column} ${d.pointer}`];
  lines.push(`  ${d.message}`);
  if (d.hint !== undefined) lines.push(`  hint: ${d.hint}`);
  for (const r of d.related ?? []) lines.push(`  related ${r.file}:${r.line}:${r.column} ${r.message}`);
  if (d.fix) lines.push(`  fix [${d.fix.range.join(", ")}) ${JSON.stringify(d.fix.text)}: ${d.fix.title}`);
  return lines.join("\n");
}

const shown = (ds: Diagnostic[], keep: (d: Diagnostic) => boolean) => `\n${ds.filter(keep).map(render).join("\n")}\n`;

describe("file fixtures", () => {
  for (const c of invalidFixtures()) {
    it(`${c.kind}/${c.name}`, async () => {
      const all =
        c.kind === "unknown"
          ? (await check({ paths: [c.path] })).diagnostics
          : validateText(c.kind, readFileSync(c.path), c.name);
      expect(
        shown(all, (d) => d.severity !== "info" || c.expected.some((e) => e.ruleId === d.ruleId)),
      ).toMatchSnapshot();
    });
  }
});

describe("run fixtures", () => {
  for (const name of fixtureDirs("runs")) {
    it(name, async () => {
      const report = await check({ paths: [overlayTree(`runs/${name}`)] });
      expect(shown(report.diagnostics, () => true)).toMatchSnapshot();
    });
  }
});
