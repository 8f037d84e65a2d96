// The library entry points: check() over trees, files and globs; validateText() and validate()
// for one kind; the generated types usable by consumers.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  check,
  type ModelConfig,
  type Release,
  type ToolsConfig,
  UsageError,
  validate,
  validateText,
} from "../src/index.js";

describe("check()", () => {
  it("finds the shipped example tree free of errors and warnings, classifying every file", async () => {
    const report = await check({ paths: ["fixtures/example"] });
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(report.summary).toMatchObject({ files: 13, errors: 0, warnings: 0 });
    expect(report.files).toContainEqual({
      file: "examples/stepvideo/t2v/inference_t2v_model.json",
      kind: "model",
      role: "inference",
    });
    expect(report.files).toContainEqual({
      file: "examples/stepvideo/t2v/posttrain_t2v_model.json",
      kind: "model",
      role: "dpo",
    });
    expect(report.files).toContainEqual({ file: "examples/stepvideo/t2v/data_dpo.json", kind: "data-dpo" });
    expect(report.files).toContainEqual({ file: "mindspeed_mm/tools/tools.json", kind: "tools" });
    expect(report.root.endsWith("fixtures/example")).toBe(true);
  });

  it("accepts globs and explicit files, relative to cwd, with --root deciding the file paths", async () => {
    const report = await check({ paths: ["fixtures/example/**/*_model.json"], root: "fixtures/example" });
    expect(report.files.map((f) => f.kind)).toEqual(Array(report.files.length).fill("model"));
    expect(report.files.some((f) => f.file === "examples/stepvideo/i2v/pretrain_i2v_model.json")).toBe(true);
  });

  it("rejects unknown paths, releases and rule settings with a UsageError", async () => {
    await expect(check({ paths: ["no/such/file.json"] })).rejects.toBeInstanceOf(UsageError);
    await expect(check({ paths: ["fixtures/example/**/*.nothing"] })).rejects.toBeInstanceOf(UsageError);
    await expect(check({ release: "1.0" as Release })).rejects.toThrow(/Unsupported release/);
    await expect(check({ rules: { "dtype-valu": "off" } })).rejects.toThrow(/Did you mean "dtype-value"/);
  });

  it("skips unrelated JSON in a walked folder but reports a broken StepVideo config", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-walk-"));
    mkdirSync(join(dir, "conf"));
    writeFileSync(join(dir, "conf", "tsconfig.json"), "{ // comments are fine here\n}");
    writeFileSync(join(dir, "conf", "pretrain_model.json"), '{\n  "predictor": {\n    "num_heads": 48,\n  }\n}\n');
    const report = await check({ paths: [dir], cwd: dir });
    expect(report.files).toEqual([{ file: "conf/pretrain_model.json", kind: "model" }]);
    expect(report.diagnostics).toMatchObject([
      {
        ruleId: "json-syntax",
        messageId: "syntax",
        file: "conf/pretrain_model.json",
        pointer: "",
        line: 3,
        column: 20,
      },
    ]);
  });
});

describe("validateText() and validate()", () => {
  it("locate schema problems by pointer, line and column", () => {
    const text = '{\n  "memory_profile": {\n    "enable": false\n  }\n}\n';
    expect(validateText("tools", text, "tools.json")).toMatchObject([
      {
        ruleId: "tool-sections",
        messageId: "required",
        severity: "error",
        file: "tools.json",
        pointer: "/memory_profile",
        line: 2,
        column: 3,
      },
    ]);
  });

  it("suggests what a mistyped value most likely means", () => {
    const found = validateText(
      "model",
      '{"text_encoder": [], "ae": {"model_id": "stepvideovae", "dtype": "bfloat16"}}',
    );
    // the wrong dtype does not hide what else is wrong: the empty encoder list is reported too
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([
      ["text-encoder-pairs", "/text_encoder"],
      ["dtype-value", "/ae/dtype"],
    ]);
    expect(found[1]).toMatchObject({ hint: 'Did you mean "bf16"?' });
    const [level] = validateText(
      "tools",
      '{"profile": {"enable": false, "profile_type": "statik", "ranks": [-1], "static_param": {}}}',
    ).filter((d) => d.pointer === "/profile/profile_type");
    expect(level).toMatchObject({ ruleId: "schema", hint: 'Did you mean "static"?' });
  });

  it("validate() takes a typed value", () => {
    const tools: ToolsConfig = { sorafeature: { save_path: "./features" } };
    expect(validate("tools", tools)).toEqual([]);
    const model = {
      load_video_features: true,
      load_text_features: true,
      predictor: { model_id: "stepvideodit", num_layers: 48, num_heads: 48 },
      diffusion: { model_id: "flow_match_discrete_scheduler" },
    } as ModelConfig;
    expect(validate("model", model).filter((d) => d.severity === "error")).toEqual([]);
  });

  it('treats a "__proto__" key as an ordinary, unknown key', () => {
    const diagnostics = validateText("tools", '{"__proto__": {"enable": true}, "sorafeature": {"save_path": "x"}}');
    expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toContainEqual(["reserved-key", "/__proto__"]);
    expect(({} as Record<string, unknown>).enable).toBeUndefined();
  });
});

describe("start-up work", () => {
  it("loads neither ajv's compiler nor fast-glob when only files are named", async () => {
    const { spawnSync } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const src = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    const script = `
      import { createRequire } from "node:module";
      const { check } = await import(${JSON.stringify(src)});
      const report = await check({ paths: [
        "fixtures/example/examples/stepvideo/t2v/pretrain_t2v_model.json",
        "fixtures/example/mindspeed_mm/tools/tools.json",
      ] });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({
        files: report.summary.files,
        glob: loaded.some((k) => k.includes("/fast-glob/")),
        compiler: loaded.some((k) => /\\/ajv\\/dist\\/(compile|core|ajv)\\.js/.test(k)),
      }));`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      cwd: fileURLToPath(new URL("..", import.meta.url)),
    });
    expect(JSON.parse(result.stdout.trim().split("\n").pop()!)).toEqual({ files: 2, glob: false, compiler: false });
  });
});
