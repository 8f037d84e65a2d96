// Naming only some files (as pre-commit does): the runs whose launch scripts name one of them are
// still evaluated, with their sibling files read from disk, and each problem is reported once.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";

describe("checking named files only", () => {
  it("evaluates the runs that name a changed model file, and only those", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-named-"));
    cpSync(join(fixturesDir, "example"), dir, { recursive: true });
    const script = join(dir, "examples/stepvideo/t2v/pretrain_t2v.sh");
    writeFileSync(
      script,
      readFileSync(script, "utf8")
        .replace("TP=4", "TP=8")
        .replace("CP=2", "CP=4")
        .replace("NPUS_PER_NODE=8", "NPUS_PER_NODE=32"),
    );
    const report = await check({ paths: ["examples/stepvideo/t2v/pretrain_t2v_model.json"], cwd: dir });
    expect(report.runs.map((r) => r.script)).toEqual(["examples/stepvideo/t2v/pretrain_t2v.sh"]);
    expect(report.diagnostics.map(({ ruleId, file }) => ({ ruleId, file }))).toEqual([
      { ruleId: "heads-divisible-by-tp-cp", file: "examples/stepvideo/t2v/pretrain_t2v_model.json" },
    ]);
    const unrelated = await check({ paths: ["examples/stepvideo/i2v/pretrain_i2v_model.json"], cwd: dir });
    expect(unrelated.runs.map((r) => r.script)).toEqual(["examples/stepvideo/i2v/pretrain_i2v.sh"]);
    expect(unrelated.diagnostics).toEqual([]);
  });
});
