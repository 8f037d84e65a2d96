// The same file gets the same diagnostics however it is selected: the whole tree, its folder, the
// file named, or a quoted glob matching it; from the root and from a subfolder. Checked on the
// example tree and on every upstream release.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic, type Release } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { exampleWithMistakes } from "./overlay-tree.js";
import { hasUpstream, releaseTrees } from "./upstream-paths.js";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(json|sh)$/.test(e.name) && !e.parentPath.includes("node_modules"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Each selection of one file, as paths relative to the directory it is run from. */
function selections(tree: string, file: string, cwd: string): Record<string, string> {
  const from = (path: string) => relative(cwd, path) || ".";
  const name = file.split("/").pop() ?? file;
  const glob = `${from(dirname(file))}/${name.replace(/^([^.]*)\./, "$1*.")}`;
  return { tree: from(tree), folder: from(dirname(file)), named: from(file), glob };
}

async function located(paths: string[], cwd: string, file: string, release: Release): Promise<Diagnostic[]> {
  const report = await check({ paths, cwd, release });
  return report.diagnostics.filter((d) => d.file === file);
}

const trees: { name: string; dir: string; release: Release }[] = [
  { name: "example", dir: join(fixturesDir, "example"), release: "26.0.0" },
  { name: "the example with mistakes", dir: exampleWithMistakes(), release: "26.0.0" },
  ...(hasUpstream
    ? releaseTrees()
        .filter((t) => !t.name.startsWith("forks/"))
        .map((t) => ({ ...t, release: t.name as Release })) // the folder names are releases
    : []),
];

describe("selection invariance", () => {
  for (const tree of trees) {
    it(`gives each file of ${tree.name} the same diagnostics however it is selected`, async () => {
      const subfolder = join(tree.dir, "examples/stepvideo");
      const whole = await check({ paths: [tree.dir], cwd: tree.dir, release: tree.release });
      expect(whole.root).toBe(tree.dir);
      if (tree.name.includes("mistakes"))
        expect(new Set(whole.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId))).toEqual(
          new Set([
            "cp-divides-latent-frames",
            "dtype-value",
            "global-batch-size",
            "heads-divisible-by-tp-cp",
            "num-frames-task",
            "num-frames-vae-chunk",
            "world-size-divisible",
          ]),
        );
      for (const path of filesUnder(tree.dir)) {
        const file = relative(tree.dir, path);
        const expected = whole.diagnostics.filter((d) => d.file === file);
        for (const cwd of [tree.dir, subfolder]) {
          for (const [how, given] of Object.entries(selections(tree.dir, path, cwd))) {
            expect(
              await located([given], cwd, file, tree.release),
              `${file} selected as ${how} (${given}) from ${cwd}`,
            ).toEqual(expected);
          }
        }
      }
    }, 240_000);
  }
});
