// The package as npm publishes it, packed from this checkout's build (npm test builds dist/ before
// vitest runs; --ignore-scripts packs exactly that build): what the package and pre-commit tests install.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const project = fileURLToPath(new URL("..", import.meta.url));

/** Packs the package into a fresh temporary folder and returns the tarball's path. */
export function packTarball(): string {
  const packDir = mkdtempSync(join(tmpdir(), "svc-pack-"));
  const result = spawnSync("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir], {
    cwd: project,
    encoding: "utf8",
  });
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  if (result.status !== 0 || !tarball) throw new Error(`npm pack failed:\n${result.stdout}\n${result.stderr}`);
  return join(packDir, tarball);
}
