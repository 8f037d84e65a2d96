// The stylish output a user reads: related locations as `↳` lines, one docs link per rule shown, the
// JSON pointer after the caret, infos folded; and a clean upstream 26.0.0 checkout in one screen
// (at most 40 lines). The library's format() gives the same text as the formatter it names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { format, formatters } from "../src/formatters/index.js";
import { check, type FormatName, UsageError } from "../src/index.js";
import { packageVersion } from "../src/package-root.js";
import { runCli } from "./cli-run.js";
import { overlayTree } from "./overlay-tree.js";
import { hasUpstream, skipReason, upstreamDir } from "./upstream-paths.js";

const SCREEN = 40;

describe("stylish", () => {
  it("prints related locations, the pointer after the caret and a docs link per rule", async () => {
    const dir = overlayTree("runs/heads-divisible-by-tp-cp"); // num_heads 48 with TP 8, CP 4
    const report = await check({ paths: [dir] });
    const d = report.diagnostics.find((x) => x.ruleId === "heads-divisible-by-tp-cp")!;
    expect(d.related?.length).toBeGreaterThan(0);
    const out = format(report, "stylish");
    for (const r of d.related!) expect(out).toContain(`    ↳ ${r.message}  ${r.file}:${r.line}:${r.column}\n`);
    expect(out).toMatch(/\n {9,}\| +\^+ \/predictor\/num_heads\n/);
    const docs = `docs  heads-divisible-by-tp-cp  https://unpkg.com/stepvideo-config@${packageVersion()}/docs/rules/heads-divisible-by-tp-cp.md`;
    expect(out.split("\n").filter((l) => l === docs)).toHaveLength(1);
  });

  it("format() is the named formatter with code frames read under the root; an unknown name is a UsageError", async () => {
    const report = await check({ paths: [overlayTree("runs/heads-divisible-by-tp-cp")] });
    expect(format(report, "sarif")).toBe(formatters.sarif!(report, { color: false, readSource: () => undefined }));
    expect(format(report, "stylish")).toMatch(/> +\d+ \| +"num_heads": 48,/);
    expect(() => format(report, "sarf" as FormatName)).toThrow(
      new UsageError('Unknown format "sarf". Did you mean "sarif"? Formats: github, json, sarif, stylish.'),
    );
  });
});

describe.skipIf(!hasUpstream)("a clean upstream 26.0.0 checkout", () => {
  if (!hasUpstream) console.warn(skipReason);
  const root = join(upstreamDir, "26.0.0");

  it(`prints at most one screen (${SCREEN} lines) by default, every info counted`, async () => {
    const result = await runCli(["check"], root);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(SCREEN);
    const json = JSON.parse((await runCli(["check", "--format", "json"], root)).stdout);
    const { infos, warnings } = json.summary;
    expect(infos).toBeGreaterThan(0);
    expect(lines.at(-1)).toContain(`(0 errors, ${warnings} warnings, ${infos} info)`);
    // Every warning is listed with its location; no info is.
    for (const d of json.diagnostics.filter((x: { severity: string }) => x.severity === "warning"))
      expect(result.stdout).toContain(`  ${d.line}:${d.column}  warning  ${d.message}`);
    expect(result.stdout).not.toMatch(/ {2}info {5}/);
    const verbose = await runCli(["check", "--verbose"], root);
    expect(verbose.stdout.match(/ {2}info {5}/g)).toHaveLength(infos);
  });
});
