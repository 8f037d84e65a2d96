// Errors that are knowable now are reported now (issue 9): a value whose only fault is how it is written
// still counts for every other check, so mending that fault reveals nothing new. A float token with an
// integral value (`48.0`) is such a value: MindSpeed-MM computes with 48.0 exactly as with 48.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { overlayTree, replaceOnce } from "./overlay-tree.js";

const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";

/** The run fixture's tree with one more edit in a file of it. */
function treeWith(fixture: string, file: string, find: string, replace: string): string {
  const root = overlayTree(fixture);
  writeFileSync(join(root, file), replaceOnce(readFileSync(join(root, file), "utf8"), find, replace, file));
  return root;
}

const errors = async (root: string) =>
  (await check({ paths: [root] })).diagnostics
    .filter((d) => d.severity === "error")
    .map(({ ruleId, file, pointer }) => ({ ruleId, file, pointer }));

describe("a float token with an integral value", () => {
  it("is an integer-token error, and the run rules that read it still judge its number", async () => {
    // TP = 5 does not divide 48 heads, whether they are written 48 or 48.0.
    const root = treeWith("runs/heads-divisible-by-tp", MODEL, '"num_heads": 48', '"num_heads": 48.0');
    expect(await errors(root)).toEqual([
      { ruleId: "heads-divisible-by-tp", file: MODEL, pointer: "/predictor/num_heads" },
      { ruleId: "integer-token", file: MODEL, pointer: "/predictor/num_heads" },
    ]);
  });

  it("that is also out of range is taken out: its range error is why the run rules cannot judge it", async () => {
    const root = treeWith("runs/heads-divisible-by-tp", MODEL, '"num_heads": 48', '"num_heads": 0.0');
    expect(await errors(root)).toEqual([
      { ruleId: "integer-token", file: MODEL, pointer: "/predictor/num_heads" },
      { ruleId: "schema", file: MODEL, pointer: "/predictor/num_heads" },
    ]);
  });
});
