// The library's edges for callers in plain JavaScript: check() and validate() check their options
// at run time and reject with a UsageError naming the option (never a raw ENOENT with an internal
// path, never a string iterated as paths); "warn" is a severity; the public types say what is taken.
import { describe, expect, it } from "vitest";
import {
  type CheckOptions,
  check,
  type FileKind,
  type Release,
  type RuleSettings,
  UsageError,
  validate,
  validateText,
} from "../src/index.js";

const untyped = (options: unknown) => options as CheckOptions;

describe("check() options", () => {
  it("refuses a string for paths instead of iterating its characters", async () => {
    await expect(check(untyped({ paths: "examples" }))).rejects.toThrow(
      new UsageError('check() option paths must be an array of paths, got the string "examples": write ["examples"].'),
    );
  });

  it("names a misspelt option and a value of the wrong type", async () => {
    await expect(check(untyped({ path: ["x"] }))).rejects.toThrow(
      new UsageError('Unknown check() option "path". Did you mean "paths"?'),
    );
    await expect(check(untyped({ jobs: 0 }))).rejects.toThrow(
      new UsageError("check() option jobs must be a positive whole number, got number 0."),
    );
    await expect(check(untyped({ checkPaths: "yes" }))).rejects.toThrow(
      new UsageError('check() option checkPaths must be true or false, got string "yes".'),
    );
    await expect(check(untyped({ cache: 1 }))).rejects.toThrow(
      new UsageError("check() option cache must be true, false or a folder, got number 1."),
    );
    await expect(check(untyped({ rules: ["dead-key"] }))).rejects.toThrow(UsageError);
    await expect(check(untyped({ source: { path: "a.json" } }))).rejects.toThrow(
      /^check\(\) option source must be \{ path: string, text: string \}/,
    );
    await expect(check({ paths: ["x.json"], source: { path: "a.json", text: "{}" } })).rejects.toThrow(
      new UsageError("check() takes paths or source, not both."),
    );
  });

  it("takes warn as warning in rule settings", async () => {
    const rules: RuleSettings = { "file-kind": "warn" };
    const report = await check({
      source: { path: "package.json", text: '{"name": "x"}' },
      cwd: "fixtures/example",
      rules,
    });
    expect(report.diagnostics.map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }))).toEqual([
      { ruleId: "file-kind", severity: "warning", pointer: "" },
    ]);
  });
});

describe("validate() and validateText()", () => {
  it("refuses an unknown kind with a did-you-mean and no internal path", () => {
    let error: unknown;
    try {
      validate("models" as FileKind, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^Unknown kind "models"\. Did you mean "model"\? Kinds: /);
    expect((error as Error).message).not.toMatch(/\/|ENOENT/);
  });

  it("refuses an unknown release and rule, and takes warn", () => {
    expect(() => validateText("model", "{}", "m.json", {}, "9.9.9" as Release)).toThrow(
      /^Unsupported release "9\.9\.9"/,
    );
    expect(() => validate("model", {}, { "dead-kye": "off" })).toThrow(
      new UsageError('Unknown rule "dead-kye". Did you mean "dead-key"?'),
    );
    const warned = validate("model", { predictor: { dtype: "bfloat16" } }, { "dtype-value": "warn" });
    expect(warned).toContainEqual(
      expect.objectContaining({ ruleId: "dtype-value", pointer: "/predictor/dtype", severity: "warning" }),
    );
  });
});
