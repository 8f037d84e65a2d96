// Which files a folder walk or glob leaves out because git ignores them, like eslint and Biome:
// the .gitignore files from the repository's top (the nearest folder upward holding .git) down to
// the walked folder, and every .gitignore below it, each read with the `ignore` package (git's own
// rules, negation included) against paths relative to its folder. As in git (and ripgrep), a
// .gitignore outside any repository counts for nothing: walking a folder that is in none, only
// those inside a repository below it apply. Files named explicitly are never filtered here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { compareText } from "../compare-text.js";
import { type FolderWalk, walkFolders } from "./walk-folders.js";

/** Every .gitignore below a folder, by every path to it but through a loop, outside node_modules and .git. */
const IGNORE_FILES: FolderWalk = {
  enter: (name) => name !== "node_modules" && name !== ".git",
  take: (name, entry) => name === ".gitignore" && entry.isFile(),
  once: false,
};

interface IgnoreFile {
  dir: string;
  rules: Ignore;
}

/** A test for paths under `base`: true when git would ignore the file. */
export async function gitignored(base: string): Promise<(path: string) => boolean> {
  const ancestors = ancestorIgnoreFiles(base);
  const files = [...(ancestors ?? []), ...nestedIgnoreFiles(base, ancestors !== undefined)];
  if (files.length === 0) return () => false;
  return (path) => {
    let ignored = false;
    // Shallow files first: a deeper .gitignore can re-include what a shallower one excluded.
    for (const { dir, rules } of files) {
      const rel = relative(dir, path);
      if (rel.startsWith("..") || rel === "") continue;
      const verdict = rules.test(rel.split(sep).join("/"));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  };
}

function readIgnoreFile(dir: string): IgnoreFile | undefined {
  const path = join(dir, ".gitignore");
  try {
    return { dir, rules: ignore().add(readFileSync(path, "utf8")) };
  } catch {
    return undefined; // absent or unreadable: nothing ignored by it
  }
}

/**
 * .gitignore files of `base` and its ancestors up to the repository's top, top first; undefined
 * when `base` is in no repository.
 */
function ancestorIgnoreFiles(base: string): IgnoreFile[] | undefined {
  const chain: string[] = [];
  for (let dir = base; ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (existsSync(join(dir, ".git"))) break;
    if (dirname(dir) === dir) return undefined;
  }
  return chain.map(readIgnoreFile).filter((f) => f !== undefined);
}

/**
 * .gitignore files strictly below `base`, shallowest first: git reads one wherever it sits, hidden
 * folders included. When `base` is in no repository, only those in a repository below it.
 */
function nestedIgnoreFiles(base: string, inRepository: boolean): IgnoreFile[] {
  const found = walkFolders(base, IGNORE_FILES).filter(
    (path) => dirname(path) !== base && (inRepository || inRepositoryBelow(base, dirname(path))),
  );
  return found
    .sort((a, b) => a.split(sep).length - b.split(sep).length || compareText(a, b))
    .map((path) => readIgnoreFile(dirname(path)))
    .filter((f) => f !== undefined);
}

/** Whether `dir` or a folder between it and `base` (`base` itself excluded) holds .git. */
function inRepositoryBelow(base: string, dir: string): boolean {
  for (let at = dir; at !== base && dirname(at) !== at; at = dirname(at)) if (existsSync(join(at, ".git"))) return true;
  return false;
}
