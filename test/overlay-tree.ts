// Run fixtures are overlays on the shipped example tree: fixtures/runs/<id>/ and runs-valid/<name>/
// hold only the files that differ from fixtures/example (same relative paths) and, where a file
// must go, an overlay.json { "delete": [paths] }. Tests check the tree they make in a temp folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fixturesDir } from "./fixture-cases.js";

/** Files of an overlay folder that describe it rather than belong to the tree. */
export const OVERLAY_META = new Set(["expected.json", "overlay.json"]);

/** A fresh copy of fixtures/example in a temporary folder. */
export function exampleCopy(prefix = "svc-tree-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(fixturesDir, "example"), root, { recursive: true });
  return root;
}

/** The deletions an overlay asks for, relative to the tree's root. */
export function overlayDeletions(overlay: string): string[] {
  const file = join(overlay, "overlay.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { delete: string[] }).delete : [];
}

/** fixtures/example with the overlay folder (relative to fixtures/) applied, in a temporary folder. */
export function overlayTree(name: string): string {
  const overlay = join(fixturesDir, name);
  const root = exampleCopy(`svc-${basename(name)}-`);
  cpSync(overlay, root, {
    recursive: true,
    filter: (source) => source === overlay || !(OVERLAY_META.has(basename(source)) && join(source, "..") === overlay),
  });
  for (const path of overlayDeletions(overlay)) rmSync(join(root, path), { recursive: true });
  return root;
}
