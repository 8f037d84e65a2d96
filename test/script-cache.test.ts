// The script cache changes nothing but time: a warm run prints byte for byte what a cold run and
// --no-cache print (the example tree and every run fixture); a changed script misses; a corrupt or
// unwritable cache is ignored without a word on stderr. Timing lives in bench/, not here.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { DEFAULT_CACHE_LOCATION, openScriptCache } from "../src/project/script-cache.js";
import { fixturesDir } from "./fixture-cases.js";
import { exampleCopy, overlayTree } from "./overlay-tree.js";

const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function check(cwd: string, ...extra: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await main(["check", ".", "--format", "json", ...extra], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr };
}

const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";
const runFixtures = readdirSync(join(fixturesDir, "runs")).sort();

describe("script cache", () => {
  it.each(["example", ...runFixtures.map((id) => `runs/${id}`)])(
    "%s: a warm run prints what a cold run and --no-cache print",
    async (name) => {
      const root = name === "example" ? exampleCopy() : overlayTree(name);
      made.push(root);
      const cold = await check(root);
      expect(existsSync(join(root, DEFAULT_CACHE_LOCATION, "script-evaluations.json"))).toBe(true);
      const warm = await check(root);
      const uncached = await check(root, "--no-cache");
      expect(warm).toEqual(cold);
      expect(uncached).toEqual(cold);
    },
  );

  it("a warm run reads the evaluations from the cache", async () => {
    const root = exampleCopy();
    made.push(root);
    expect(JSON.parse((await check(root)).stdout).runs).toHaveLength(7);
    const file = join(root, DEFAULT_CACHE_LOCATION, "script-evaluations.json");
    const [format, entries] = JSON.parse(readFileSync(file, "utf8")) as [string, [string, { launch?: unknown }][]];
    const script = readFileSync(join(root, PRETRAIN), "latin1");
    const entry = entries.find(([key]) => key.endsWith(`\0${script}`));
    delete entry![1].launch; // as if the script started no job: only a cache hit can say so
    writeFileSync(file, JSON.stringify([format, entries]));
    const runs = JSON.parse((await check(root)).stdout).runs as { script: string }[];
    expect(runs.map((r) => r.script)).not.toContain(PRETRAIN);
    expect(runs).toHaveLength(6);
  });

  it("--no-cache writes no cache; --cache-location puts it there", async () => {
    const root = exampleCopy();
    made.push(root);
    await check(root, "--no-cache");
    expect(existsSync(join(root, "node_modules"))).toBe(false);
    await check(root, "--cache-location", "elsewhere");
    expect(readdirSync(join(root, "elsewhere"))).toEqual(["script-evaluations.json"]);
    expect(existsSync(join(root, "node_modules"))).toBe(false);
  });

  it("a changed script misses: the report follows the new text", async () => {
    const root = exampleCopy();
    made.push(root);
    const before = await check(root);
    const script = join(root, PRETRAIN);
    writeFileSync(script, readFileSync(script, "utf8").replace(/^TP=\d+$/m, "TP=3"));
    const after = await check(root);
    expect(after).toEqual(await check(root, "--no-cache"));
    expect(after.stdout).not.toBe(before.stdout);
    const { runs } = JSON.parse(after.stdout) as { runs: { script: string; parallel: { TP: number } }[] };
    expect(runs.find((r) => r.script === PRETRAIN)?.parallel.TP).toBe(3);
  });

  it("ignores a corrupt cache file and replaces it", async () => {
    const root = exampleCopy();
    made.push(root);
    const clean = await check(root, "--no-cache");
    const file = join(root, DEFAULT_CACHE_LOCATION, "script-evaluations.json");
    await check(root);
    writeFileSync(file, "not a cache \u0000\u00ff");
    expect(await check(root)).toEqual(clean);
    expect(readFileSync(file).subarray(0, 12).toString()).not.toBe("not a cache ");
    writeFileSync(file, readFileSync(file).subarray(0, 40)); // cut short
    expect(await check(root)).toEqual(clean);
  });

  it("runs uncached where the cache cannot be written", async () => {
    const root = exampleCopy();
    made.push(root);
    writeFileSync(join(root, "a-file"), "");
    expect(await check(root, "--cache-location", "a-file/cache")).toEqual(await check(root, "--no-cache"));
  });

  it("keys entries by script bytes and release", () => {
    const dir = temp("svc-cache-");
    const at = { root: dir, cwd: dir };
    const bytes = new TextEncoder().encode("TP=2\n");
    const evaluation = { vars: new Map([["TP", { line: 1, column: 1, value: "2" }]]), exports: new Map() };
    const first = openScriptCache(true, at, { version: "1.0.0", release: "26.0.0" })!;
    expect(first.get(bytes)).toBeUndefined();
    first.set(bytes, evaluation);
    first.save();
    const reopened = openScriptCache(true, at, { version: "1.0.0", release: "26.0.0" })!;
    expect(reopened.get(bytes)).toEqual(evaluation);
    expect(reopened.get(new TextEncoder().encode("TP=4\n"))).toBeUndefined();
    expect(openScriptCache(true, at, { version: "1.0.0", release: "2.1.0" })!.get(bytes)).toBeUndefined();
    expect(openScriptCache(true, at, { version: "1.0.1", release: "26.0.0" })!.get(bytes)).toBeUndefined();
    expect(openScriptCache(false, at, { version: "1.0.0", release: "26.0.0" })).toBeUndefined();
  });
});
