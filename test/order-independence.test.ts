// Results do not depend on the order files are read in nor on their names beyond what classifies
// them: the example tree with mistakes, its files renamed (so they sort differently) and named one
// by one in reverse order, gives the same diagnostics, file names mapped back.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check, type Diagnostic } from "../src/index.js";
import { exampleWithMistakes } from "./overlay-tree.js";

const files = (root: string, ending: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => relative(root, join(e.parentPath, e.name)));

/** A name of the same kind that sorts the other way: data_x.json → data_zz_x.json, a_model.json → zz_a_model.json. */
function renamed(name: string): string {
  if (name === "tools.json") return name;
  if (name.startsWith("data")) return name.replace(/^data(_|\.)/, "data_zz$1");
  if (name.startsWith("model_stepvideo")) return name.replace("model_stepvideo", "model_stepvideo_zz");
  return `zz_${name}`;
}

const shape = (ds: Diagnostic[], back: (file: string) => string) =>
  ds.map((d) => [back(d.file), d.ruleId, d.messageId, d.pointer, d.line, d.column].join(" ")).sort();

describe("order independence", () => {
  it("gives the same diagnostics with every config renamed and the files named in reverse order", async () => {
    const original = exampleWithMistakes();
    const before = await check({ paths: [original], cwd: original });
    expect(before.summary.errors).toBeGreaterThan(3);

    const root = exampleWithMistakes();
    const names = new Map<string, string>();
    for (const file of files(root, ".json")) {
      const to = join(dirname(file), renamed(basename(file)));
      if (to !== file) names.set(file, to);
    }
    for (const [from, to] of names) renameSync(join(root, from), join(root, to));
    for (const script of files(root, ".sh")) {
      const path = join(root, script);
      let text = readFileSync(path, "utf8");
      for (const [from, to] of names) text = text.replaceAll(from, to);
      writeFileSync(path, text);
    }
    const reversed = [...files(root, ".json"), ...files(root, ".sh")].sort().reverse();
    const after = await check({ paths: reversed.map((f) => join(root, f)), cwd: root });
    const back = new Map([...names].map(([from, to]) => [to, from]));
    expect(shape(after.diagnostics, (f) => back.get(f) ?? f)).toEqual(shape(before.diagnostics, (f) => f));
  });
});
