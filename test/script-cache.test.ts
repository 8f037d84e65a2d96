// The script cache, case by case: a warm run reads the cache (proved by editing an entry); a
// changed script misses; --no-cache and --cache-location; a corrupt or unwritable cache is ignored
// without a word on stderr; entries are keyed by script bytes, tool version and release, and another
// version's entries are dropped at the next save. That it
// changes no output over every run fixture is script-cache-parity.test.ts. Timing lives in bench/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_LOCATION, openScriptCache } from "../src/project/script-cache.js";
import { checkFolder as check, tempFolders } from "./cached-check.js";
import { exampleCopy } from "./overlay-tree.js";

const { made, temp } = tempFolders();
const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";

describe("script cache", () => {
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

  it("drops another version's entries when it saves, and keeps another release's", () => {
    const dir = temp("svc-cache-");
    const at = { root: dir, cwd: dir };
    const script = (text: string) => new TextEncoder().encode(text);
    const evaluation = { vars: new Map(), exports: new Map() };
    const save = (version: string, release: string, text: string) => {
      const cache = openScriptCache(true, at, { version, release })!;
      cache.set(script(text), evaluation);
      cache.save();
    };
    save("1.0.0", "26.0.0", "TP=1\n");
    save("1.0.0", "2.1.0", "TP=2\n");
    save("1.0.1", "26.0.0", "TP=3\n");
    const stored = JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_LOCATION, "script-evaluations.json"), "utf8"))[1];
    expect(stored.map(([key]: [string]) => key.split("\0")[0])).toEqual(["1.0.1"]);
    save("1.0.1", "2.1.0", "TP=4\n");
    expect(openScriptCache(true, at, { version: "1.0.1", release: "26.0.0" })!.get(script("TP=3\n"))).toEqual(
      evaluation,
    );
    expect(openScriptCache(true, at, { version: "1.0.1", release: "2.1.0" })!.get(script("TP=4\n"))).toEqual(
      evaluation,
    );
    expect(openScriptCache(true, at, { version: "1.0.0", release: "26.0.0" })!.get(script("TP=1\n"))).toBeUndefined();
  });
});
