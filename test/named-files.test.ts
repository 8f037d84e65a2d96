import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { overlayTree } from "./overlay-tree.js";

describe("checking named files only", () => {
  it("evaluates the runs that name a changed model file, and only those", async () => {
    const dir = overlayTree("runs/heads-divisible-by-tp-cp"); // TP 8, CP 4, 32 NPUs
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
