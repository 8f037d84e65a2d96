// Run fixtures are overlays on the shipped example tree: fixtures/runs/<id>/ and runs-valid/<name>/
// hold only the files that differ from fixtures/example (same relative paths) and, where needed, an
// overlay.json: { "base": an overlay to apply first, "replace": small edits, "delete": [paths],
// "crlf": [files to give Windows line endings] }. A run fixture's mend.json is its fixed twin (test/run-mends.ts).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fixturesDir } from "./fixture-cases.js";

/** The overlay folders of a group ("runs", "runs-valid"), sorted; none when the group is absent. */
export function fixtureDirs(group: string): string[] {
  return existsSync(join(fixturesDir, group)) ? readdirSync(join(fixturesDir, group)).sort() : [];
}

/** Files of an overlay folder that describe it rather than belong to the tree. */
const OVERLAY_META = new Set(["expected.json", "overlay.json", "mend.json"]);

interface OverlaySpec {
  /** An overlay (relative to fixtures/) this one is applied on, instead of the bare example tree. */
  base?: string;
  /** Per file, [text, replacement] pairs: each text occurs once in the file (a launch script stays one copy). */
  replace?: Record<string, [string, string][]>;
  /** Paths, relative to the tree's root, to delete after copying. */
  delete?: string[];
  /** Files, relative to the tree's root, whose line endings become CRLF (as a Windows editor saves them). */
  crlf?: string[];
}

/** What an overlay's overlay.json asks for (nothing when it has none). */
export function overlaySpec(name: string): OverlaySpec {
  const file = join(fixturesDir, name, "overlay.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as OverlaySpec) : {};
}

/** A fresh copy of fixtures/example in a temporary folder (without a script cache a local run left there). */
export function exampleCopy(prefix = "svc-tree-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(fixturesDir, "example"), root, { recursive: true, filter: (path) => basename(path) !== "node_modules" });
  return root;
}

/** The text with its one occurrence of `find` replaced; throws when `find` occurs other than once. */
export function replaceOnce(text: string, find: string, replace: string, where: string): string {
  const parts = text.split(find);
  if (parts.length !== 2)
    throw new Error(`${where}: ${JSON.stringify(find)} occurs ${parts.length - 1} times, not once`);
  return parts.join(replace);
}

/** Applies per-file [text, replacement] pairs to the tree at root, each text occurring once in its file. */
export function replaceInTree(root: string, replace: Record<string, [string, string][]>): void {
  for (const [path, pairs] of Object.entries(replace)) {
    const file = join(root, path);
    writeFileSync(
      file,
      pairs.reduce((text, [from, to]) => replaceOnce(text, from, to, path), readFileSync(file, "utf8")),
    );
  }
}

/** The files an overlay folder holds for the tree (paths relative to it), without its meta files. */
export function overlayFiles(name: string): string[] {
  const dir = join(fixturesDir, name);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile() && !OVERLAY_META.has(f))
    .sort();
}

/** The tree an overlay applies to, in a temporary folder: its base overlay's tree or the bare example. */
export function baseTree(name: string): string {
  const { base } = overlaySpec(name);
  return base ? overlayTree(base) : exampleCopy(`svc-${basename(name)}-`);
}

/** fixtures/example with the overlay (a folder relative to fixtures/) applied, in a temporary folder. */
export function overlayTree(name: string): string {
  const overlay = join(fixturesDir, name);
  const spec = overlaySpec(name);
  const root = baseTree(name);
  cpSync(overlay, root, {
    recursive: true,
    filter: (source) => !(dirname(source) === overlay && OVERLAY_META.has(basename(source))),
  });
  replaceInTree(root, spec.replace ?? {});
  for (const path of spec.delete ?? []) rmSync(join(root, path), { recursive: true });
  for (const path of spec.crlf ?? [])
    writeFileSync(join(root, path), readFileSync(join(root, path), "utf8").replace(/\n/g, "\r\n"));
  return root;
}

/** The example tree with a mistake in a script (CP), a model file (dtype) and a data file (num_frames). */
export function exampleWithMistakes(prefix = "svc-mistakes-"): string {
  const root = exampleCopy(prefix);
  const edit = (file: string, from: string, to: string) => {
    const path = join(root, "examples/stepvideo", file);
    writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
  };
  edit("t2v/pretrain_t2v.sh", "CP=2", "CP=8");
  edit("t2v/pretrain_t2v_model.json", '"dtype": "bf16"', '"dtype": "bfloat16"');
  edit("t2v/data_static_resolution.json", '"num_frames": 136', '"num_frames": 130');
  return root;
}
