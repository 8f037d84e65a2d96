// The conventions eslint, Biome and prettier users expect of a CLI, run in-process through main():
// help per command (`check --help`, `help check`), did-you-mean for misspelt commands and flags,
// short flags, --output-file, `warn` as a severity, --quiet counting errors only, --verbose,
// `explain RULE`, and the exit codes 0 (clean) / 1 (errors) / 2 (usage).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands.js";
import { commandUsage, usage } from "../src/cli-usage.js";
import { runCli } from "./cli-run.js";
import { exampleCopy } from "./overlay-tree.js";

const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";

/** The example tree with one error (dtype) and one dead key (an info) in the t2v model file. */
function treeWithMistakes(): string {
  const dir = exampleCopy("svc-conv-");
  const file = join(dir, MODEL);
  const text = readFileSync(file, "utf8")
    .replace('"dtype": "bf16"', '"dtype": "bfloat16"')
    .replace('"predictor": {', '"predictor": {\n    "norm_type": "rmsnorm",');
  writeFileSync(file, text);
  return dir;
}

describe("help", () => {
  it("prints the global help for --help, -h and help, listing every command", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const result = await runCli(args);
      expect(result.status, args.join(" ")).toBe(0);
      expect(result.stdout).toBe(usage());
    }
    for (const c of COMMANDS) expect(usage()).toContain(`stepvideo-config ${c.name}`);
  });

  it("prints one command's help for `check --help`, `check -h` and `help check`", async () => {
    const check = COMMANDS.find((c) => c.name === "check")!;
    for (const args of [
      ["check", "--help"],
      ["check", "-h"],
      ["help", "check"],
    ]) {
      const result = await runCli(args);
      expect(result.status, args.join(" ")).toBe(0);
      expect(result.stdout).toBe(commandUsage(check));
    }
    const text = commandUsage(check);
    expect(text).toMatch(/-o, --output-file FILE +write the report to FILE/);
    expect(text).toMatch(/-f, --format stylish\|json\|github\|sarif/);
    expect(text).not.toContain("--world-size");
    expect((await runCli(["plan", "--help"])).stdout).toMatch(/--world-size N/);
  });

  it("answers `help` with an unknown command by a did-you-mean, exit 2", async () => {
    const result = await runCli(["help", "chek"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^stepvideo-config: Unknown command "chek"\. Did you mean "check"\?/);
  });
});

describe("did-you-mean and usage errors (exit 2, one line)", () => {
  it("names a misspelt flag and the one meant, with the command's help to read", async () => {
    const result = await runCli(["check", "--fromat", "json"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'stepvideo-config: Unknown option --fromat for "check". Did you mean --format? See "stepvideo-config check --help".\n',
    );
  });

  it("refuses a flag of another command, and a flag without its value or with one it takes not", async () => {
    const other = await runCli(["plan", "--check-paths"]);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/^stepvideo-config: Unknown option --check-paths for "plan"\./);
    const missing = await runCli(["check", "--format"]);
    expect(missing.stderr).toBe("stepvideo-config: --format needs a value: --format stylish|json|github|sarif.\n");
    const valued = await runCli(["check", "--quiet=yes"]);
    expect(valued.status).toBe(2);
    expect(valued.stderr).toBe("stepvideo-config: --quiet takes no value.\n");
  });

  it("suggests the command meant for a misspelt command", async () => {
    const result = await runCli(["chekc", "fixtures/example"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^stepvideo-config: Unknown command "chekc"\. Did you mean "check"\?/);
  });

  it("suggests the rule meant for a misspelt rule id in --rule and explain", async () => {
    const rule = await runCli(["check", "fixtures/example", "--rule", "dead-kye=off"]);
    expect(rule.status).toBe(2);
    expect(rule.stderr).toBe('stepvideo-config: Unknown rule "dead-kye". Did you mean "dead-key"?\n');
    const explained = await runCli(["explain", "dead-kye"]);
    expect(explained.status).toBe(2);
    expect(explained.stderr).toBe(
      'stepvideo-config: Unknown rule "dead-kye". Did you mean "dead-key"? The rules are listed in the README\'s rules table.\n',
    );
  });

  it("suggests the kind meant for a misspelt schema kind", async () => {
    const result = await runCli(["schema", "modle"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^stepvideo-config: Unknown schema kind "modle"\. Did you mean "model"\?/);
  });
});

describe("check flags", () => {
  it("takes -f, -q and -o for --format, --quiet and --output-file; -o writes the file and nothing to stdout", async () => {
    const dir = treeWithMistakes();
    const out = join(dir, "report.json");
    const result = await runCli(["check", ".", "-f", "json", "-q", "-o", "report.json"], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.diagnostics.map((d: { ruleId: string; pointer: string }) => [d.ruleId, d.pointer])).toEqual([
      ["dtype-value", "/predictor/dtype"],
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
  });

  it("accepts warn for warning in --rule", async () => {
    const dir = treeWithMistakes();
    const result = await runCli(["check", ".", "--rule", "dtype-value=warn", "--format", "json"], dir);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "dtype-value", pointer: "/predictor/dtype", severity: "warning" }),
    );
  });

  it("--quiet shows and counts errors only: warnings neither print nor fail --max-warnings", async () => {
    const dir = treeWithMistakes();
    const warned = ["check", ".", "--rule", "dtype-value=warning", "--max-warnings", "0"];
    expect((await runCli(warned, dir)).status).toBe(1);
    const quiet = await runCli([...warned, "--quiet"], dir);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toMatch(/dtype-value|dead-key/);
    expect(quiet.stdout.trimEnd().split("\n").at(-1)).toMatch(
      /^No errors in \d+ files and \d+ runs \(--quiet: warnings and infos not counted\)$/,
    );
    const errors = await runCli(["check", ".", "--quiet"], dir);
    expect(errors.stdout.trimEnd().split("\n").at(-1)).toMatch(/^1 error in \d+ files/);
  });

  it("folds infos to one line per file, and lists them with --verbose", async () => {
    const dir = treeWithMistakes();
    const folded = await runCli(["check", "."], dir);
    expect(folded.stdout).toContain("  1 info: dead-key\n");
    expect(folded.stdout).not.toMatch(/info +`predictor\.norm_type`/);
    expect(folded.stdout).toMatch(/; infos folded, --verbose lists them\n$/);
    const verbose = await runCli(["check", ".", "--verbose"], dir);
    expect(verbose.stdout).toMatch(/\d+:5 +info +`predictor\.norm_type` is never read by MindSpeed-MM.*dead-key/);
    expect(verbose.stdout).not.toContain("infos folded");
  });

  it("exits 0 on a clean tree, 1 on errors, 2 on usage errors", async () => {
    expect((await runCli(["check", "fixtures/example"])).status).toBe(0);
    expect((await runCli(["check", treeWithMistakes()])).status).toBe(1);
    expect((await runCli(["check", "--jobs", "0"])).status).toBe(2);
  });
});

describe("explain", () => {
  it("prints the rule's documentation", async () => {
    const result = await runCli(["explain", "dead-key"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync("docs/rules/dead-key.md", "utf8"));
    expect(existsSync("docs/rules/dead-key.md")).toBe(true);
    const bare = await runCli(["explain"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toBe('stepvideo-config: explain needs a rule id: "stepvideo-config explain dead-key".\n');
  });
});
