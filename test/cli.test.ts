// The CLI as a user meets it: exit codes 0/1/2, stylish and json output, `schema`, usage errors
// as one line without a stack trace, and files left untouched.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const project = fileURLToPath(new URL("..", import.meta.url));
const cli = join(project, "dist", "bin", "cli.js");
const run = (args: string[], cwd = project) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

beforeAll(() => {
  if (!existsSync(cli)) spawnSync("npm", ["run", "build"], { cwd: project, stdio: "inherit" });
});

function brokenTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "svc-cli-"));
  cpSync(join(project, "fixtures/example"), dir, { recursive: true });
  const file = join(dir, "examples/stepvideo/t2v/pretrain_t2v_model.json");
  writeFileSync(file, readFileSync(file, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
  return dir;
}

describe("stepvideo-config check", () => {
  it("exits 0 on the shipped example tree", () => {
    const result = run(["check", "fixtures/example"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 errors/);
  });

  it("exits 1 and prints the exact report object with --format json", () => {
    const dir = brokenTree();
    const before = statSync(join(dir, "examples/stepvideo/t2v/pretrain_t2v_model.json")).mtimeMs;
    const result = run(["check", dir, "--format", "json"]);
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

  it("prints stylish output with location, rule id, hint and a code frame", () => {
    const result = run(["check", brokenTree()]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/examples\/stepvideo\/t2v\/pretrain_t2v_model\.json/);
    expect(result.stdout).toMatch(/\d+:\d+ +error +`predictor\.dtype` is "bfloat16".*dtype-value/);
    expect(result.stdout).toMatch(/> +\d+ \| +"dtype": "bfloat16"/);
  });

  it("honours --rule, --quiet and --max-warnings", () => {
    const dir = brokenTree();
    expect(run(["check", dir, "--rule", "dtype-value=off"]).status).toBe(0);
    const warned = run(["check", dir, "--rule", "dtype-value=warning", "--max-warnings", "0"]);
    expect(warned.status).toBe(1);
    expect(warned.stdout).toMatch(/warning/);
    const quiet = run(["check", dir, "--rule", "dtype-value=warning", "--quiet", "--format", "json"]);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
  });

  it("exits 2 with one line and no stack trace on usage errors", () => {
    for (const args of [
      ["check", "no/such/path"],
      ["check", "--format", "xml"],
      ["check", "--rule", "no-such-rule=off"],
      ["check", "--release", "1.0.0"],
      ["frobnicate"],
      ["check", "--bogus"],
    ]) {
      const result = run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(/^stepvideo-config: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("reports a JSON file that is no StepVideo config only when named", () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-kind-"));
    writeFileSync(join(dir, "package.json"), '{"name": "x"}');
    expect(run(["check", dir]).status).toBe(0);
    const named = run(["check", join(dir, "package.json"), "--format", "json"]);
    expect(named.status).toBe(1);
    expect(JSON.parse(named.stdout).diagnostics).toMatchObject([
      { ruleId: "file-kind", messageId: "unknown", pointer: "", line: 1, column: 1 },
    ]);
  });
});

describe("stepvideo-config schema", () => {
  it("lists kinds with their URLs and prints one schema", () => {
    const list = run(["schema"]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^model +https:\/\/unpkg\.com\/stepvideo-config@1\/schemas\/model\.schema\.json$/m);
    const model = run(["schema", "model"]);
    expect(JSON.parse(model.stdout).$id).toBe("https://unpkg.com/stepvideo-config@1/schemas/model.schema.json");
    expect(run(["schema", "nope"]).status).toBe(2);
  });
});
