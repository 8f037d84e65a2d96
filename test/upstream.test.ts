// Acceptance over the real configs of MindSpeed-MM releases: every JSON file is classified as
// the kind (and model role) its upstream name says, and the 26.0.0 files pass with no error,
// also with a top-level "$schema" key added.
import { readFileSync } from "node:fs";
import { basename, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type FileKind, schemaIds, validateText } from "../src/index.js";
import { filesUnder, hasUpstream, releaseTrees, skipReason, upstreamDir } from "./upstream-paths.js";

if (!hasUpstream) console.warn(skipReason);

/** The kind and role MindSpeed-MM's own file names stand for. */
function expectedFromName(path: string): { kind: FileKind; role?: string } {
  const name = basename(path);
  if (name === "data_dpo.json") return { kind: "data-dpo" };
  if (name.startsWith("data")) return { kind: "data" };
  if (name === "tools.json") return { kind: "tools" };
  if (name.startsWith("model_stepvideo")) return { kind: "model", role: "feature-extraction" };
  if (name.startsWith("pretrain_")) return { kind: "model", role: "pretrain" };
  if (name.startsWith("inference_")) return { kind: "model", role: "inference" };
  if (name.startsWith("posttrain_")) return { kind: "model", role: "dpo" };
  throw new Error(`no expectation for ${path}`);
}

describe.skipIf(!hasUpstream)("upstream MindSpeed-MM configs", () => {
  for (const tree of hasUpstream ? releaseTrees() : []) {
    it(`classifies every JSON file of ${tree.name}`, async () => {
      const report = await check({ paths: [tree.dir] });
      const files = filesUnder(tree.dir, ".json");
      expect(files.length).toBeGreaterThan(0);
      for (const path of files) {
        const entry = report.files.find((f) => f.file === relative(tree.dir, path));
        expect(entry, path).toMatchObject(expectedFromName(path));
      }
    });
  }

  for (const release of ["2.1.0", "2.2.0", "2.3.0", "26.0.0"] as const) {
    it(`finds no error in the ${release} files checked for release ${release}, with every run evaluated`, async () => {
      const report = await check({ paths: [`${upstreamDir}${release}`], release });
      expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // 2.1.0 has no --ckpt-format (and saves torch): nothing to ask for; later releases pass torch.
      expect(report.diagnostics.filter((d) => d.ruleId === "checkpoint-format")).toEqual([]);
      expect(report.summary.runs).toBe(filesUnder(`${upstreamDir}${release}`, ".sh").length);
      expect(report.runs.every((r) => r.entry !== "unknown" && r.task)).toBe(true);
    });
  }

  it("names what changed when a 2.2.0 tree is checked against 26.0.0", async () => {
    const report = await check({ paths: [`${upstreamDir}2.2.0`] });
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.ruleId, d.file, d.pointer])).toEqual([
      ["schema", "examples/stepvideo/t2v/posttrain_t2v_model.json", "/dpo"],
      ["tool-sections", "mindspeed_mm/tools/tools.json", "/profile/static_param"],
    ]);
    expect(errors[0]!.hint).toBe(
      "`histgram_path` was renamed `histogram_path` in 2.3.0; rename it for release 26.0.0.",
    );
    expect(errors[1]!.hint).toMatch(/`analyse_flag` is read since 26\.0\.0/);
  });

  it("fails the 26.0.0 training and inference model files under 26.1.0, and only those", async () => {
    const report = await check({ paths: [`${upstreamDir}26.0.0`], release: "26.1.0" });
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    const models = [
      "i2v/inference_i2v",
      "i2v/pretrain_i2v",
      "t2v/inference_t2v",
      "t2v/posttrain_t2v",
      "t2v/pretrain_t2v",
    ];
    expect(errors.map((d) => [d.ruleId, d.file, d.pointer])).toEqual(
      models.flatMap((m) =>
        ["/predictor/model_id", "/diffusion/model_id"].map((pointer) => [
          "release-removed-value",
          `examples/stepvideo/${m}_model.json`,
          pointer,
        ]),
      ),
    );
    expect(errors.every((d) => d.hint?.includes("--release 26.0.0"))).toBe(true);
  });

  it("reports the pre-2.1.0 fork layouts with errors whose hints name the renamed keys, never a crash", async () => {
    for (const tree of releaseTrees().filter((t) => t.name.startsWith("forks/"))) {
      await expect(check({ paths: [tree.dir] })).resolves.toBeDefined();
    }
    const report = await check({ paths: [`${upstreamDir}forks/moguizhizi/d1ec89ea12bc`] });
    const byPointer = (file: string, pointer: string) =>
      report.diagnostics.find((d) => d.file === file && d.pointer === pointer && d.severity === "error");
    expect(byPointer("examples/stepvideo/t2v/pretrain_t2v_model.json", "/predictor")).toMatchObject({
      ruleId: "schema",
      hint: "`num_attention_heads` was renamed `num_heads` before MindSpeed-MM 2.1.0; the old name is ignored and `num_heads` is missing.",
    });
    for (const task of ["t2v", "i2v"])
      expect(
        byPointer(
          `examples/stepvideo/${task}/data_static_resolution.json`,
          "/dataset_param/basic_parameters/data_storage_mode",
        ),
      ).toMatchObject({ ruleId: "schema" }); // sorafeatured: T2VDataset reads only standard and combine
    expect(
      byPointer("examples/stepvideo/feature_extract/data.json", "/dataset_param/preprocess_parameters/fps"),
    ).toMatchObject({
      ruleId: "unknown-key",
      hint: "`fps` was renamed `train_fps` before MindSpeed-MM 2.1.0.",
    });
  });

  it("finds no error in the 26.0.0 files", async () => {
    const report = await check({ paths: [`${upstreamDir}26.0.0`] });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.summary.files).toBe(filesUnder(`${upstreamDir}26.0.0`, ".json").length);
  });

  it('accepts a top-level "$schema" key in every 26.0.0 file', async () => {
    const report = await check({ paths: [`${upstreamDir}26.0.0`] });
    for (const entry of report.files) {
      const kind = entry.kind as FileKind;
      const text = readFileSync(`${upstreamDir}26.0.0/${entry.file}`, "utf8").replace(
        "{",
        `{\n  "$schema": "${schemaIds[kind]}",`,
      );
      const diagnostics = validateText(kind, text, entry.file).filter((d) => d.severity !== "info");
      const before = validateText(kind, readFileSync(`${upstreamDir}26.0.0/${entry.file}`, "utf8"), entry.file).filter(
        (d) => d.severity !== "info",
      );
      expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual(before.map((d) => [d.ruleId, d.pointer]));
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});
