// The CLI as a user meets it: exit codes 0/1/2, stylish and json output, `schema`, usage errors
// as one line without a stack trace, and files left untouched. main() runs in-process from the
// source, so no test passes on a stale build; one smoke test runs the built bin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./cli-run.js";
import { exampleCopy } from "./overlay-tree.js";

const run = (args: string[], cwd = project) => runCli(args, cwd);

function brokenTree(): string {
  const dir = exampleCopy("svc-cli-");
  const file = join(dir, "examples/stepvideo/t2v/pretrain_t2v_model.json");
  writeFileSync(file, readFileSync(file, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
  return dir;
}

describe("stepvideo-config check", () => {
  it("exits 0 on the shipped example tree", async () => {
    const result = await run(["check", "fixtures/example"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 errors/);
  });

  it("exits 1 and prints the exact report object with --format json", async () => {
    const dir = brokenTree();
    const before = statSync(join(dir, "examples/stepvideo/t2v/pretrain_t2v_model.json")).mtimeMs;
    const result = await run(["check", dir, "--format", "json"]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["version", "root", "release", "files", "runs", "diagnostics", "summary"]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: "dtype-value",
        messageId: "enum",
        severity: "error",
        file: "examples/stepvideo/t2v/pretrain_t2v_model.json",
        pointer: "/predictor/dtype",
      }),
    );
    expect(statSync(join(dir, "examples/stepvideo/t2v/pretrain_t2v_model.json")).mtimeMs).toBe(before);
  });

  it("prints stylish output with location, rule id, hint and a code frame", async () => {
    const result = await run(["check", brokenTree()]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/examples\/stepvideo\/t2v\/pretrain_t2v_model\.json/);
    expect(result.stdout).toMatch(/\d+:\d+ +error +`predictor\.dtype` is "bfloat16".*dtype-value/);
    expect(result.stdout).toMatch(/> +\d+ \| +"dtype": "bfloat16"/);
  });

  it("honours --rule, --quiet and --max-warnings", async () => {
    const dir = brokenTree();
    expect((await run(["check", dir, "--rule", "dtype-value=off"])).status).toBe(0);
    const warned = await run(["check", dir, "--rule", "dtype-value=warning", "--max-warnings", "0"]);
    expect(warned.status).toBe(1);
    expect(warned.stdout).toMatch(/warning/);
    const quiet = await run(["check", dir, "--rule", "dtype-value=warning", "--quiet", "--format", "json"]);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
  });

  it("resolves relative paths against the cwd it is given", async () => {
    const dir = brokenTree();
    const result = await run(["check", "examples/stepvideo/t2v/pretrain_t2v_model.json", "--format", "json"], dir);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).root).toBe(dir);
  });

  it("exits 2 with one line and no stack trace on usage errors", async () => {
    for (const args of [
      ["check", "no/such/path"],
      ["check", "--format", "xml"],
      ["check", "--rule", "no-such-rule=off"],
      ["check", "--release", "1.0.0"],
      ["frobnicate"],
      ["check", "--bogus"],
    ]) {
      const result = await run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(/^stepvideo-config: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("accepts --release 26.1.0 and refuses a later release as a usage error listing the known ones", async () => {
    expect(
      (
        await run([
          "check",
          "fixtures/example/examples/stepvideo/feature_extract",
          "--root",
          "fixtures/example",
          "--release",
          "26.1.0",
        ])
      ).status,
    ).toBe(0);
    const later = await run(["check", "fixtures/example", "--release", "27.0.0"]);
    expect(later.status).toBe(2);
    expect(later.stderr).toBe(
      'stepvideo-config: Unsupported release "27.0.0"; supported: 2.1.0, 2.2.0, 2.3.0, 26.0.0, 26.1.0.\n',
    );
  });

  it("reports a JSON file that is no StepVideo config only when named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-kind-"));
    writeFileSync(join(dir, "package.json"), '{"name": "x"}');
    expect((await run(["check", dir])).status).toBe(0);
    const named = await run(["check", join(dir, "package.json"), "--format", "json"]);
    expect(named.status).toBe(1);
    expect(JSON.parse(named.stdout).diagnostics).toMatchObject([
      { ruleId: "file-kind", messageId: "unknown", pointer: "", line: 1, column: 1 },
    ]);
  });
});

describe("stepvideo-config schema", () => {
  it("lists kinds with their URLs and prints one schema", async () => {
    const list = await run(["schema"]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^model +https:\/\/unpkg\.com\/stepvideo-config@1\/schemas\/model\.schema\.json$/m);
    const model = await run(["schema", "model"]);
    expect(JSON.parse(model.stdout).$id).toBe("https://unpkg.com/stepvideo-config@1/schemas/model.schema.json");
    expect((await run(["schema", "nope"])).status).toBe(2);
  });
});

describe("the built bin (npm test builds before vitest)", () => {
  it("runs dist/bin/cli.cjs: exit code, stdout and stderr from the process", () => {
    const bin = join(project, "dist", "bin", "cli.cjs");
    const node = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const broken = node(["check", brokenTree(), "--format", "json"]);
    expect(broken.stderr).toBe("");
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).summary.errors).toBeGreaterThan(0);
    const usage = node(["frobnicate"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^stepvideo-config: /);
  });
});
