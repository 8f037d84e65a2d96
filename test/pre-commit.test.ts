// The real pre-commit (Debian package `pre-commit`) installs the hook both ways the README shows: as
// a local hook whose additional dependency is the packed package (the recommended, light route:
// nothing built, no dev dependency installed), and from a clone of this repository at HEAD (npm
// install builds it through the `dependencies` script). Either way it fails a commit with a broken
// config and passes it once fixed. Skipped, with the reason printed, where pre-commit is absent.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localPreCommitConfig } from "../scripts/integrations.js";
import { fixturesDir } from "./fixture-cases.js";
import { packTarball, project } from "./packed-tarball.js";

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

/** A git repository holding the example tree and `config` as its .pre-commit-config.yaml; the hook
 *  environments go to their own PRE_COMMIT_HOME, returned as `home`. */
function exampleRepo(config: string) {
  const repo = mkdtempSync(join(tmpdir(), "svc-precommit-"));
  const home = mkdtempSync(join(tmpdir(), "svc-precommit-home-"));
  const env = {
    PRE_COMMIT_HOME: home,
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
  };
  cpSync(join(fixturesDir, "example"), repo, { recursive: true, filter: (path) => !path.endsWith("node_modules") });
  writeFileSync(join(repo, ".pre-commit-config.yaml"), config);
  expect(sh("git", ["init", "-q"], repo).status).toBe(0);
  return { repo, home, env };
}

/** Installs the hook (timed), then runs it on a broken model file and on the fixed one. */
function installAndCommit(config: string, route: string): string {
  const { repo, home, env } = exampleRepo(config);
  const started = Date.now();
  const install = sh("pre-commit", ["install-hooks"], repo, env);
  expect(install.status, install.stdout + install.stderr).toBe(0);
  console.log(`pre-commit install-hooks (${route}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const model = join(repo, "examples/stepvideo/t2v/pretrain_t2v_model.json");
  writeFileSync(model, readFileSync(model, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
  sh("git", ["add", "-A"], repo);
  const broken = sh("pre-commit", ["run", "--all-files"], repo, env);
  expect(broken.status, broken.stdout + broken.stderr).toBe(1);
  expect(broken.stdout).toMatch(/pretrain_t2v_model\.json\n\s+8:14\s+error\s.*dtype-value/);
  writeFileSync(model, readFileSync(model, "utf8").replace('"dtype": "bfloat16"', '"dtype": "bf16"'));
  sh("git", ["add", "-A"], repo);
  const fixed = sh("pre-commit", ["run", "--all-files"], repo, env);
  expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
  return home;
}

describe.skipIf(Boolean(reason))("pre-commit hook", () => {
  it("as a local hook, installs the packed package with its runtime dependencies only", () => {
    const home = installAndCommit(localPreCommitConfig(packTarball()), "local hook, packed package");
    // pre-commit's own npm install ran on its empty placeholder package, not on a clone of ours.
    const [envRepo = ""] = readdirSync(home).filter((f) => f.startsWith("repo"));
    expect(JSON.parse(readFileSync(join(home, envRepo, "package.json"), "utf8")).name).toBe(
      "pre_commit_placeholder_package",
    );
    const installed = join(home, envRepo, "node_env-system", "lib", "node_modules", "stepvideo-config");
    expect(existsSync(join(installed, "dist", "grammar", "tree-sitter-bash.wasm"))).toBe(true);
    expect(existsSync(join(installed, "node_modules", "tree-sitter-bash"))).toBe(false);
  }, 420_000);

  it("from a clone of this repository (its .pre-commit-hooks.yaml), built from source", () => {
    installAndCommit(
      `repos:\n  - repo: ${project}\n    rev: ${head.stdout.trim()}\n    hooks:\n      - id: stepvideo-config\n`,
      "clone, built from source",
    );
  }, 420_000);
});
