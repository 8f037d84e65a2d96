// What a check leaves out and where its settings come from: .gitignore'd files are skipped when a
// folder or glob is expanded but checked when named; `ignore` patterns in stepvideo-config.json
// skip files however selected; the settings file is the root's, found upward from a subfolder;
// the shipped settings schema lists the rule ids of the registry; a run of named files reports
// file-level findings only for the named files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, UsageError } from "../src/index.js";
import { allRules } from "../src/rules/index.js";
import { runCli } from "./cli-run.js";
import { exampleCopy } from "./overlay-tree.js";
import { hasUpstream, upstreamDir } from "./upstream-paths.js";

const I2V_MODEL = "examples/stepvideo/i2v/pretrain_i2v_model.json";
const T2V_MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";
const checked = async (paths: string[], cwd: string) => (await check({ paths, cwd })).files.map((f) => f.file);

describe(".gitignore", () => {
  it("leaves ignored files out of folders and globs, not out of named files", async () => {
    const dir = exampleCopy("svc-gitignore-");
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".gitignore"), "examples/stepvideo/i2v/\n");
    writeFileSync(
      join(dir, "examples/stepvideo/t2v/.gitignore"),
      "inference_*.json\n!inference_t2v_model.json\n*_dpo.json\n",
    );
    const walked = await checked(["."], dir);
    expect(walked.some((f) => f.startsWith("examples/stepvideo/i2v/"))).toBe(false);
    expect(walked).toContain("examples/stepvideo/t2v/inference_t2v_model.json"); // re-included by !
    expect(walked).not.toContain("examples/stepvideo/t2v/data_dpo.json");
    expect(walked).toContain(T2V_MODEL);
    expect(await checked(["examples/**/*_model.json"], dir)).not.toContain(I2V_MODEL);
    expect(await checked([I2V_MODEL], dir)).toEqual([I2V_MODEL]);
  });
});

describe("stepvideo-config.json", () => {
  it("skips files matching its ignore patterns, named ones too", async () => {
    const dir = exampleCopy("svc-settings-ignore-");
    writeFileSync(join(dir, "stepvideo-config.json"), JSON.stringify({ ignore: ["**/i2v/**"] }));
    expect((await checked(["."], dir)).some((f) => f.includes("/i2v/"))).toBe(false);
    expect(await checked([I2V_MODEL], dir)).toEqual([]);
    expect(await checked([T2V_MODEL], dir)).toEqual([T2V_MODEL]);
  });

  it("is found upward from a subfolder, with warn as a severity", async () => {
    const dir = exampleCopy("svc-settings-up-");
    const model = join(dir, T2V_MODEL);
    writeFileSync(model, readFileSync(model, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
    writeFileSync(join(dir, "stepvideo-config.json"), JSON.stringify({ rules: { "dtype-value": "warn" } }));
    const result = await runCli(
      ["check", "pretrain_t2v_model.json", "--format", "json"],
      join(dir, "examples/stepvideo/t2v"),
    );
    const report = JSON.parse(result.stdout);
    expect(report.root).toBe(dir);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "dtype-value", pointer: "/predictor/dtype", severity: "warning" }),
    );
    expect(result.status).toBe(0);
  });

  it("refuses an unknown rule id with a did-you-mean", async () => {
    const dir = exampleCopy("svc-settings-rule-");
    writeFileSync(join(dir, "stepvideo-config.json"), JSON.stringify({ rules: { "dead-kye": "off" } }));
    await expect(check({ cwd: dir })).rejects.toThrow(
      new UsageError(`${join(dir, "stepvideo-config.json")}:1:22: Unknown rule "dead-kye". Did you mean "dead-key"?`),
    );
  });

  it("has a shipped schema listing every rule id of the registry, each with its default severity", () => {
    const schema = JSON.parse(readFileSync("schemas/settings.schema.json", "utf8"));
    const rules = schema.properties.rules;
    expect(rules.propertyNames.enum).toEqual(Object.keys(allRules).sort());
    expect(rules.properties["dead-key"].description).toBe(
      "Default severity: info. Documentation: docs/rules/dead-key.md.",
    );
    expect(rules.additionalProperties.enum).toEqual(["off", "info", "warn", "warning", "error"]);
  });
});

describe.skipIf(!hasUpstream)("a run of named files (pre-commit)", () => {
  it("reports file-level findings only for the named files, run findings where the run points", async () => {
    const cwd = join(upstreamDir, "26.0.0");
    const script = await check({ paths: ["examples/stepvideo/t2v/pretrain_t2v.sh"], cwd });
    expect(script.files).toEqual([]);
    expect(script.diagnostics.map(({ ruleId, file, pointer }) => ({ ruleId, file, pointer }))).toEqual([
      { ruleId: "weights-layer-count", file: T2V_MODEL, pointer: "/predictor/num_layers" },
    ]);
    const model = await check({ paths: [T2V_MODEL], cwd });
    expect(model.diagnostics.filter((d) => d.ruleId === "dead-key").map((d) => d.pointer)).toEqual([
      "/predictor/patch_size_thw",
      "/ae/version",
    ]);
  });
});
