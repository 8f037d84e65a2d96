// Which files a folder walk or glob leaves out because git ignores them, like eslint and Biome:
// the .gitignore files from the repository's top (the nearest folder upward holding .git) down to
// the walked folder, and every .gitignore below it, each read with the `ignore` package (git's own
// rules, negation included) against paths relative to its folder. Files named explicitly are
// never filtered here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { compareText } from "../compare-text.js";

interface IgnoreFile {
  dir: string;
  rules: Ignore;
}

/** A test for paths under `base`: true when git would ignore the file. */
export async function gitignored(base: string): Promise<(path: string) => boolean> {
  const files = [...ancestorIgnoreFiles(base), ...(await nestedIgnoreFiles(base))];
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

/** .gitignore files of `base` and its ancestors up to the repository's top, top first; none outside a repository. */
function ancestorIgnoreFiles(base: string): IgnoreFile[] {
  const chain: string[] = [];
  for (let dir = base; ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (existsSync(join(dir, ".git"))) break;
    if (dirname(dir) === dir) return [];
  }
  return chain.map(readIgnoreFile).filter((f) => f !== undefined);
}

/** .gitignore files strictly below `base`, shallowest first. */
async function nestedIgnoreFiles(base: string): Promise<IgnoreFile[]> {
  const { default: fg } = await import("fast-glob");
  const found = await fg(["*/**/.gitignore"], {
    cwd: base,
    dot: true,
    ignore: ["**/node_modules/**", "**/.git/**"],
    suppressErrors: true,
    deep: 40,
  });
  return found
    .sort((a, b) => a.split("/").length - b.split("/").length || compareText(a, b))
    .map((f) => readIgnoreFile(join(base, dirname(f))))
    .filter((f) => f !== undefined);
}
