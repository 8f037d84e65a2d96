// Run rules on fixture trees: fixtures/runs/<rule-id>/ holds a launch script and the files it
// names with one mistake, and expected.json the diagnostics (rule and message id, file, pointer, line) it
// must produce, nothing more at warning or error level; fixtures/runs-valid/ and the shipped
// example tree are layouts that must stay free of warnings and errors.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";

const dirs = (group: string) =>
  existsSync(join(fixturesDir, group)) ? readdirSync(join(fixturesDir, group)).sort() : [];
const located = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.severity !== "info")
    .map(({ ruleId, messageId, file, pointer, line }) => ({ ruleId, messageId, file, pointer, line }));

describe("invalid run trees", () => {
  for (const name of dirs("runs")) {
    it(name, async () => {
      const dir = join(fixturesDir, "runs", name);
      const report = await check({ paths: [dir] });
      expect(report.summary.runs).toBeGreaterThan(0);
      expect(located(report.diagnostics)).toEqual(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")));
    });
  }
});

describe("valid run layouts", () => {
  for (const name of [...dirs("runs-valid").map((n) => `runs-valid/${n}`), "example"]) {
    it(name, async () => {
      const report = await check({ paths: [join(fixturesDir, name)] });
      expect(report.summary.runs).toBeGreaterThan(0);
      expect(located(report.diagnostics)).toEqual([]);
    });
  }
});

describe("related locations", () => {
  it("point a layout error at the JSON value and at the script lines that set TP and CP", async () => {
    const report = await check({ paths: [join(fixturesDir, "runs", "heads-divisible-by-tp-cp")] });
    const [d] = report.diagnostics.filter((x) => x.ruleId === "heads-divisible-by-tp-cp");
    expect(d).toMatchObject({
      message: "num_heads 48 is not divisible by TP×CP = 8×4 = 32",
      hint: expect.stringContaining("{1,2,4,8,16}"),
    });
    expect(d!.related).toEqual([
      { file: "examples/stepvideo/t2v/pretrain_t2v.sh", line: 17, column: 1, message: "TP = 8 is set here" },
      { file: "examples/stepvideo/t2v/pretrain_t2v.sh", line: 19, column: 1, message: "CP = 4 is set here" },
    ]);
  });
});

describe("context-parallel algorithms", () => {
  it("applies the TP×CP head split to Ulysses only", async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "svc-cp-"));
    cpSync(join(fixturesDir, "runs", "heads-divisible-by-tp-cp"), dir, { recursive: true });
    const script = join(dir, "examples/stepvideo/t2v/pretrain_t2v.sh");
    writeFileSync(
      script,
      readFileSync(script, "utf8").replace(
        "--context-parallel-algo ulysses_cp_algo",
        "--context-parallel-algo megatron_cp_algo",
      ),
    );
    const report = await check({ paths: [dir] });
    expect(report.diagnostics.filter((d) => d.ruleId === "heads-divisible-by-tp-cp")).toEqual([]);
  });
});
