// Release facts applied to single files: values a release removed, keys a release introduced
// (reported as unknown before it), and a key read under its old name reported once, by schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Release, validateText } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { overlayTree } from "./overlay-tree.js";

const located = (release: Release, file: string, edit: (text: string) => string = (t) => t) =>
  validateText("model", edit(readFileSync(join(fixturesDir, file), "utf8")), file, {}, release)
    .filter((d) => d.severity !== "info")
    .map(({ ruleId, pointer, line }) => ({ ruleId, pointer, line }));

describe("release facts", () => {
  it("reports the StepVideo DiT and scheduler from 26.1.0 on, and the extraction model file never", () => {
    for (const release of ["2.1.0", "26.0.0"] as const)
      expect(located(release, "valid/model/pretrain-t2v.json")).toEqual([]);
    expect(located("26.1.0", "valid/model/pretrain-t2v.json")).toEqual([
      { ruleId: "release-removed-value", pointer: "/predictor/model_id", line: 6 },
      { ruleId: "release-removed-value", pointer: "/diffusion/model_id", line: 25 },
    ]);
    expect(located("26.1.0", "valid/model/inference-t2v.json").map((d) => d.pointer)).toEqual([
      "/predictor/model_id",
      "/diffusion/model_id",
    ]);
    expect(located("26.1.0", "valid/model/feature-extraction.json")).toEqual([]);
  });

  it("knows patch.layerwise_disaggregated_training from 26.1.0 and calls it unknown before", () => {
    const file = "invalid/model/patch.layerwise_disaggregated_training-before-26.1.0.json";
    const unknown = { ruleId: "unknown-key", pointer: "/patch/layerwise_disaggregated_training", line: 32 };
    expect(located("2.3.0", file)).toEqual([unknown]);
    expect(located("26.1.0", file).filter((d) => d.ruleId !== "release-removed-value")).toEqual([]);
    const [d] = validateText("model", readFileSync(join(fixturesDir, file), "utf8"), file);
    expect(d?.hint).toBe("`layerwise_disaggregated_training` is read since 26.1.0; release 26.0.0 ignores it.");
  });

  it("reports a key used only under its new name before the rename once, as the missing old name", () => {
    const dpo = located("2.2.0", "valid/model/posttrain-dpo.json");
    expect(dpo).toEqual([{ ruleId: "schema", pointer: "/dpo", line: expect.any(Number) }]);
  });
});

describe("checkpoint-format by release", () => {
  it("makes --ckpt-format an error before 2.2.0 and asks for it from 2.2.0", async () => {
    const tree = overlayTree("runs/checkpoint-format-before-2.2.0");
    const before = await check({ paths: [tree] });
    expect(before.release).toBe("2.1.0");
    const unrecognized = {
      ruleId: "checkpoint-format",
      messageId: "unrecognized",
      severity: "error",
      hint: expect.stringMatching(/^Remove --ckpt-format/),
    };
    expect(before.diagnostics.filter((d) => d.severity !== "info")).toMatchObject([
      { ...unrecognized, file: "examples/stepvideo/i2v/pretrain_i2v.sh", line: 67 },
      { ...unrecognized, file: "examples/stepvideo/t2v/pretrain_t2v.sh", line: 68 },
    ]);
    const from = await check({ paths: [tree], release: "2.2.0" });
    expect(from.diagnostics.filter((d) => d.ruleId === "checkpoint-format")).toEqual([]);
  });
});
