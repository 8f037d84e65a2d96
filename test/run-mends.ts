// Fixed twins of the run fixtures: fixtures/runs/<name>/mend.json is an overlay on the fixture's overlay
// that undoes its one mistake and keeps its other deliberate changes, or "revert" (the tree it applies to)
// where the fixture makes a single change.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "./fixture-cases.js";
import { baseTree, overlayFiles, overlaySpec, overlayTree, replaceInTree } from "./overlay-tree.js";

interface RunEdits {
  /** Per file of the fixture's tree, [text, replacement] pairs, each text occurring once in its file. */
  replace?: Record<string, [string, string][]>;
  /** Paths to delete from the fixture's tree. */
  delete?: string[];
  /** Paths to copy back from the tree the fixture applies to (what it deleted or rewrote). */
  restore?: string[];
}

export type RunMend = "revert" | RunEdits;

/** The fixture's mend, undefined when it has no mend.json. */
export function runMend(name: string): RunMend | undefined {
  const file = join(fixturesDir, name, "mend.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as RunMend) : undefined;
}

/** How many deliberate changes an overlay makes: files it holds, edits, deletions, CRLF conversions. */
export function overlayChanges(name: string): number {
  const { replace = {}, delete: deletions = [], crlf = [] } = overlaySpec(name);
  return overlayFiles(name).length + Object.values(replace).flat().length + deletions.length + crlf.length;
}

/** The fixture's tree with its mend applied, in a temporary folder. */
export function twinTree(name: string, mend: RunMend): string {
  if (mend === "revert") return baseTree(name);
  const root = overlayTree(name);
  for (const pairs of Object.values(mend.replace ?? {}))
    for (const [from, to] of pairs) if (from === to) throw new Error(`${name}: an edit that changes nothing (${from})`);
  replaceInTree(root, mend.replace ?? {});
  for (const path of mend.delete ?? []) rmSync(join(root, path), { recursive: true });
  if (mend.restore?.length) {
    const base = baseTree(name);
    for (const path of mend.restore) cpSync(join(base, path), join(root, path), { recursive: true });
  }
  return root;
}
