// One rule's diagnostics on a copy of the example tree after text edits, as a user reads them
// (message id, file, pointer, line, message, hint): for tests of the branches the one-mistake run
// fixtures pass by (rules-run-branches, rules-edges). Copies are removed after the file's tests.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "vitest";
import { type CheckOptions, check } from "../src/index.js";
import { exampleCopy, replaceOnce } from "./overlay-tree.js";

/** An edit of one file of the tree: `from` (found exactly once) becomes `to`. */
export type Edit = [file: string, from: string, to: string];

/**
 * A `found(ruleId, edits, options?)` whose copies are named `prefix…` and deleted after the test
 * file; `options` are further check() options (a release, say).
 */
export function ruleOnEditedExample(prefix: string) {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return async (ruleId: string, edits: Edit[], options: Omit<CheckOptions, "paths"> = {}) => {
    const root = exampleCopy(prefix);
    made.push(root);
    for (const [file, from, to] of edits) {
      const path = join(root, file);
      writeFileSync(path, replaceOnce(readFileSync(path, "utf8"), from, to, file));
    }
    const report = await check({ ...options, paths: [root] });
    return report.diagnostics
      .filter((d) => d.ruleId === ruleId)
      .map(({ messageId, file, pointer, line, message, hint }) => ({ messageId, file, pointer, line, message, hint }));
  };
}
