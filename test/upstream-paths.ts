// Where the real MindSpeed-MM configs live for the acceptance suites (../shared/upstream beside
// the project). Absent in a user's clone: those suites are skipped with a printed reason.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const upstreamDir = fileURLToPath(new URL("../../shared/upstream/", import.meta.url));
export const hasUpstream = existsSync(upstreamDir);
export const skipReason = `acceptance suite skipped: ${upstreamDir} not found (it ships beside the project in the development workspace, not in a clone)`;

export function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

/** Release trees: "2.1.0" … "26.0.0" and each fork commit folder. */
export function releaseTrees(): { name: string; dir: string }[] {
  const trees = readdirSync(upstreamDir)
    .filter((n) => /^\d/.test(n))
    .map((name) => ({ name, dir: join(upstreamDir, name) }));
  const forks = join(upstreamDir, "forks");
  for (const owner of existsSync(forks) ? readdirSync(forks) : []) {
    for (const commit of readdirSync(join(forks, owner)))
      trees.push({ name: `forks/${owner}/${commit}`, dir: join(forks, owner, commit) });
  }
  return trees;
}
