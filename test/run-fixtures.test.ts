// Run rules on fixture trees: fixtures/runs/<rule-id>[.<problem>]/ is an overlay on fixtures/example
// (test/overlay-tree.ts) with one mistake, expected.json what it must report (rule and message id, file,
// pointer, line) at warning or error level; runs-valid/ overlays and the example tree report nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { fixtureDirs, overlayFiles, overlaySpec, overlayTree } from "./overlay-tree.js";

const located = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.severity !== "info")
    .map(({ ruleId, messageId, file, pointer, line }) => ({ ruleId, messageId, file, pointer, line }));
const overlays = [
  ...fixtureDirs("runs").map((n) => `runs/${n}`),
  ...fixtureDirs("runs-valid").map((n) => `runs-valid/${n}`),
];

describe("invalid run trees", () => {
  for (const name of fixtureDirs("runs")) {
    it(name, async () => {
      const report = await check({ paths: [overlayTree(`runs/${name}`)] });
      expect(report.summary.runs).toBeGreaterThan(0);
      expect(located(report.diagnostics)).toEqual(
        JSON.parse(readFileSync(join(fixturesDir, "runs", name, "expected.json"), "utf8")),
      );
    });
  }
});

describe("valid run layouts", () => {
  for (const name of [...fixtureDirs("runs-valid").map((n) => `runs-valid/${n}`), "example"]) {
    it(name, async () => {
      const report = await check({ paths: [name === "example" ? join(fixturesDir, name) : overlayTree(name)] });
      expect(report.summary.runs).toBeGreaterThan(0);
      expect(located(report.diagnostics)).toEqual([]);
    });
  }
});

describe("overlays", () => {
  it("change only what differs from the tree they apply to, each edit in one place", () => {
    for (const name of overlays) {
      const { base, replace = {}, delete: deletions = [], crlf = [] } = overlaySpec(name);
      const under = base ? overlayTree(base) : join(fixturesDir, "example");
      const dir = join(fixturesDir, name);
      const files = overlayFiles(name);
      for (const file of files) {
        const original = join(under, file);
        if (existsSync(original))
          expect(readFileSync(join(dir, file), "utf8"), `${name}/${file}`).not.toBe(readFileSync(original, "utf8"));
      }
      for (const [file, pairs] of Object.entries(replace)) {
        expect(files, `${name} both holds and edits ${file}`).not.toContain(file);
        const text = readFileSync(join(under, file), "utf8");
        for (const [from, to] of pairs) {
          expect(text.split(from).length - 1, `${name}: "${from}" occurs once in ${file}`).toBe(1);
          expect(to, `${name}: "${from}" is changed`).not.toBe(from);
        }
      }
      for (const path of [...deletions, ...crlf]) expect(existsSync(join(under, path)), `${name}: ${path}`).toBe(true);
    }
  });
});

describe("related locations", () => {
  it("point a layout error at the JSON value and at the script lines that set TP and CP", async () => {
    const report = await check({ paths: [overlayTree("runs/heads-divisible-by-tp-cp")] });
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
    const dir = overlayTree("runs/heads-divisible-by-tp-cp");
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
