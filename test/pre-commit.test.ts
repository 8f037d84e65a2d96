// The real pre-commit (Debian package `pre-commit`) installs the hook from a clone of this
// repository at HEAD (npm install builds it through `prepare`), fails a commit with a broken
// config and passes it once fixed. Skipped, with the reason printed, where pre-commit is absent.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "./fixture-cases.js";

const project = fileURLToPath(new URL("..", import.meta.url));
const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: project, encoding: "utf8" });
const reason = !hasPreCommit
  ? "pre-commit is not installed (Debian package `pre-commit`)"
  : head.status !== 0
    ? "this checkout has no git commit to install the hook from"
    : "";
if (reason) console.warn(`pre-commit test skipped: ${reason}`);

const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 400_000 });

describe.skipIf(Boolean(reason))("pre-commit hook", () => {
  it("fails on a broken config and passes on the fixed one", () => {
    const repo = mkdtempSync(join(tmpdir(), "svc-precommit-"));
    const env = {
      PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "svc-precommit-home-")),
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    };
    cpSync(join(fixturesDir, "example"), repo, { recursive: true, filter: (path) => !path.endsWith("node_modules") });
    writeFileSync(
      join(repo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${project}\n    rev: ${head.stdout.trim()}\n    hooks:\n      - id: stepvideo-config\n`,
    );
    expect(sh("git", ["init", "-q"], repo).status).toBe(0);
    const model = join(repo, "examples/stepvideo/t2v/pretrain_t2v_model.json");
    writeFileSync(model, readFileSync(model, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
    sh("git", ["add", "-A"], repo);
    const broken = sh("pre-commit", ["run", "--all-files"], repo, env);
    expect(broken.status, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/dtype-value/);
    writeFileSync(model, readFileSync(model, "utf8").replace('"dtype": "bfloat16"', '"dtype": "bf16"'));
    sh("git", ["add", "-A"], repo);
    const fixed = sh("pre-commit", ["run", "--all-files"], repo, env);
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
  }, 420_000);
});
