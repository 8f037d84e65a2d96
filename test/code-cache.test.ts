// The bundled CLI compiles the generated validators with V8's code cache (src/cli-code-cache.ts):
// the first run writes an entry under NODE_COMPILE_CACHE, later runs print the same report, and a
// corrupt entry is rejected by V8 and replaced, never an error. Timing lives in bench/.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exampleCopy } from "./overlay-tree.js";

const cli = fileURLToPath(new URL("../dist/bin/cli.js", import.meta.url));
const root = exampleCopy("svc-code-cache-");
const cache = mkdtempSync(join(tmpdir(), "svc-compile-cache-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

function check(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", "--no-cache"], {
    cwd: root,
    env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("validators' code cache in the bundled CLI", () => {
  const entries = () => readdirSync(join(cache, "stepvideo-config"));

  it("writes an entry on the first run and prints the same report from it", () => {
    const uncached = check({ NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(readdirSync(cache)).toEqual([]);
    const first = check();
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatch(/\.bin$/);
    expect(check()).toEqual(first);
    expect(first).toEqual(uncached);
    expect(first.status).toBe(0);
  });

  it("replaces a corrupt entry without a word", () => {
    const file = join(cache, "stepvideo-config", entries()[0]!);
    const good = readFileSync(file);
    writeFileSync(file, "not V8 code cache data");
    const run = check();
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).summary.errors).toBe(0);
    expect(readFileSync(file).length).toBe(good.length);
  });
});
