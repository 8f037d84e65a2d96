// The script cache changes nothing but time: a warm run prints byte for byte what a cold run and
// --no-cache print, on the example tree and every run fixture. (Left out of the mutation suite: it
// checks every tree three times and aims at the cache, not at the rules; script-cache.test.ts does.)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_LOCATION } from "../src/project/script-cache.js";
import { checkFolder as check, tempFolders } from "./cached-check.js";
import { fixturesDir } from "./fixture-cases.js";
import { exampleCopy, overlayTree } from "./overlay-tree.js";

const { made } = tempFolders();
const runFixtures = readdirSync(join(fixturesDir, "runs")).sort();

describe("script cache parity", () => {
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
});
