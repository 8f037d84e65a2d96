// Branches of the script cache and of the .gitignore lookup that the other tests pass by (found by
// mutation testing of the project-layout-cache chunk): a save with nothing new, a miss, the bound
// on entries, an entry of this version but another build, a file of an older format or with one
// malformed entry, a rename that fails, the build fingerprint itself; and for .gitignore files, a
// walk with none, one inside node_modules, a question about a folder holding one, and a folder
// outside any repository (git's rule: none of its .gitignore files counts, but a repository's below).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gitignored } from "../src/project/gitignore.js";
import type { ScriptEvaluation } from "../src/project/script/evaluate-script.js";
import { openScriptCache } from "../src/project/script-cache.js";
import { scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-layout-cache-");
const PARTS = { version: "1.0.0", release: "26.0.0" };
const script = (text: string) => new TextEncoder().encode(text);
const evaluation = (tp: string): ScriptEvaluation => ({
  vars: new Map([["TP", { line: 1, column: 1, value: tp }]]),
  exports: new Map(),
});
type CacheFile = [string, [string, unknown][]];

let folders = 0;
/** A fresh cache folder, with the file written by one save of `TP=1` (to learn its format and key prefix). */
function seeded() {
  const folder = join(dir, `cache-${++folders}`);
  const file = join(folder, "script-evaluations.json");
  const cache = openScriptCache(folder, { root: dir, cwd: dir }, PARTS)!;
  cache.set(script("TP=1\n"), evaluation("1"));
  cache.save();
  const [format, [first]] = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
  const [key, stored] = first!;
  const prefix = key.slice(0, -"TP=1\n".length);
  const open = () => openScriptCache(folder, { root: dir, cwd: dir }, PARTS)!;
  const write = (content: unknown) => writeFileSync(file, JSON.stringify(content));
  const keys = () => (JSON.parse(readFileSync(file, "utf8")) as CacheFile)[1].map(([k]) => k.slice(prefix.length));
  return { folder, file, format, prefix, stored, open, write, keys };
}

describe("script cache", () => {
  it("fingerprints the build by the size and time of this module and of each evaluator source", () => {
    const { prefix } = seeded();
    const here = fileURLToPath(new URL("../src/project/script-cache.ts", import.meta.url));
    const evaluator = join(dirname(here), "script");
    const sources = [
      here,
      ...readdirSync(evaluator)
        .sort()
        .map((name) => join(evaluator, name)),
    ];
    const lines = sources.map((path) => `${path}:${statSync(path).size}:${statSync(path).mtimeMs}`);
    expect(prefix).toBe(["1.0.0", "26.0.0", lines.join("\n"), ""].join("\0"));
  });

  it("misses an entry of this version from another build, and drops it at the next save", () => {
    const { format, prefix, stored, open, write, keys } = seeded();
    const otherBuild = prefix.replace(/\0[^\0]*\0$/, "\0src/project/script-cache.ts:1:2\0");
    write([
      format,
      [
        [`${otherBuild}TP=2\n`, stored],
        [`${prefix}TP=1\n`, stored],
      ],
    ]);
    const cache = open();
    expect(cache.get(script("TP=2\n"))).toBeUndefined();
    expect(cache.get(script("TP=1\n"))).toEqual(evaluation("1"));
    cache.set(script("TP=3\n"), evaluation("3"));
    cache.save();
    expect(keys()).toEqual(["TP=1\n", "TP=3\n"]);
  });

  it("writes nothing when a check added no entry, hits and misses alike", () => {
    const { folder, file, open } = seeded();
    const before = readFileSync(file, "utf8");
    const empty = join(dir, `empty-${folders}`);
    const fresh = openScriptCache(empty, { root: dir, cwd: dir }, PARTS)!;
    expect(fresh.get(script("TP=1\n"))).toBeUndefined();
    fresh.save();
    expect(existsSync(empty)).toBe(false);
    const newer = openScriptCache(folder, { root: dir, cwd: dir }, { ...PARTS, version: "1.0.1" })!;
    expect(newer.get(script("TP=1\n"))).toBeUndefined();
    newer.save(); // another version's entries stay until this version has one to add
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(open().get(script("TP=1\n"))).toEqual(evaluation("1"));
  });

  it("stores nothing for a miss: a save after one keeps only the entries set", () => {
    const { open, keys } = seeded();
    const cache = open();
    expect(cache.get(script("TP=9\n"))).toBeUndefined();
    cache.set(script("TP=2\n"), evaluation("2"));
    expect(() => cache.save()).not.toThrow();
    expect(keys()).toEqual(["TP=2\n", "TP=1\n"]);
    expect(open().get(script("TP=9\n"))).toBeUndefined();
  });

  it("keeps 500 entries: this check's first (hits too), then the file's in order", () => {
    const { format, prefix, stored, open, write, keys } = seeded();
    write([format, Array.from({ length: 500 }, (_, i) => [`${prefix}TP=${i}\n`, stored])]);
    const cache = open();
    expect(cache.get(script("TP=499\n"))).toEqual(evaluation("1"));
    cache.set(script("new\n"), evaluation("2"));
    cache.save();
    const kept = Array.from({ length: 498 }, (_, i) => `TP=${i}\n`);
    expect(keys()).toEqual(["TP=499\n", "new\n", ...kept]);
    expect(open().get(script("TP=498\n"))).toBeUndefined();
  });

  it("a set over an entry of the file replaces it", () => {
    const { open } = seeded();
    const cache = open();
    cache.set(script("TP=1\n"), evaluation("4"));
    cache.save();
    expect(open().get(script("TP=1\n"))).toEqual(evaluation("4"));
  });

  it("reads nothing from a file of an older format or with one malformed entry", () => {
    const { format, prefix, stored, open, write } = seeded();
    write(["stepvideo-config script cache 1", [[`${prefix}TP=1\n`, stored]]]);
    expect(open().get(script("TP=1\n"))).toBeUndefined();
    const malformed = [`${prefix}TP=2\n`, { vars: null, exports: [] }];
    write([format, [[`${prefix}TP=1\n`, stored], malformed]]);
    expect(open().get(script("TP=1\n"))).toBeUndefined();
    write([format, [[`${prefix}TP=1\n`, stored]]]);
    expect(open().get(script("TP=1\n"))).toEqual(evaluation("1"));
  });

  it("leaves no temporary file behind when the rename fails", () => {
    // A folder where the cache file goes: writing the temporary file works, renaming it fails.
    const blocked = join(dir, "blocked");
    mkdirSync(join(blocked, "script-evaluations.json", "inside"), { recursive: true });
    const cache = openScriptCache(blocked, { root: dir, cwd: dir }, PARTS)!;
    cache.set(script("TP=2\n"), evaluation("2"));
    expect(() => cache.save()).not.toThrow();
    expect(readdirSync(blocked)).toEqual(["script-evaluations.json"]);
    expect(readdirSync(join(blocked, "script-evaluations.json"))).toEqual(["inside"]);
  });
});

describe("gitignored", () => {
  it("ignores nothing, as a boolean, where there is no .gitignore", async () => {
    put("none/data.json", "{}");
    expect((await gitignored(join(dir, "none")))(join(dir, "none/data.json"))).toBe(false);
  });

  it("reads no .gitignore inside node_modules", async () => {
    put("deps/.git/HEAD");
    put("deps/node_modules/p/.gitignore", "*.json\n");
    const ignored = await gitignored(join(dir, "deps"));
    expect(ignored(join(dir, "deps/node_modules/p/data.json"))).toBe(false);
  });

  it("answers for a folder holding a .gitignore by the rules above it", async () => {
    put("repo/.git/HEAD");
    put("repo/.gitignore", "b\n");
    put("repo/b/.gitignore", "x.json\n");
    const ignored = await gitignored(join(dir, "repo"));
    expect(ignored(join(dir, "repo/b"))).toBe(true);
    expect(ignored(join(dir, "repo"))).toBe(false);
    expect(ignored(join(dir, "repo/b/x.json"))).toBe(true);
  });

  it("outside any repository reads no .gitignore, but those of a repository below", async () => {
    put("loose/.gitignore", "a.json\n");
    put("loose/sub/.gitignore", "b.json\n");
    put("loose/nested/.git/HEAD");
    put("loose/nested/.gitignore", "c.json\n");
    put("loose/nested/deep/.gitignore", "d.json\n");
    const verdicts = async (base: string, paths: string[]) => {
      const ignored = await gitignored(join(dir, base));
      return Object.fromEntries(paths.map((path) => [path, ignored(join(dir, path))]));
    };
    expect(
      await verdicts("loose", [
        "loose/a.json",
        "loose/sub/b.json",
        "loose/nested/a.json",
        "loose/nested/c.json",
        "loose/nested/deep/d.json",
        "loose/nested/deep/c.json",
      ]),
    ).toEqual({
      "loose/a.json": false,
      "loose/sub/b.json": false,
      "loose/nested/a.json": false, // loose/.gitignore is in no repository
      "loose/nested/c.json": true,
      "loose/nested/deep/d.json": true,
      "loose/nested/deep/c.json": true,
    });
    // Inside the repository the same folder reads them all, the walked folder's own included.
    expect(await verdicts("loose/nested/deep", ["loose/nested/deep/c.json", "loose/nested/deep/d.json"])).toEqual({
      "loose/nested/deep/c.json": true,
      "loose/nested/deep/d.json": true,
    });
  });
});
