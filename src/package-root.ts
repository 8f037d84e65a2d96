// Files shipped beside the code (schemas/, package.json), found from wherever this module was
// loaded: src/ when run from source, dist/ or the bundled dist/bin/ when installed.
import { existsSync, readFileSync } from "node:fs";

const CANDIDATES = ["../", "../../"];

export function packageUrl(relative: string): URL {
  for (const up of CANDIDATES) {
    const root = new URL(up, import.meta.url);
    if (existsSync(new URL("package.json", root)) && existsSync(new URL("schemas/", root)))
      return new URL(relative, root);
  }
  throw new Error(`stepvideo-config: cannot find ${relative} beside ${import.meta.url}`);
}

/** This package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageUrl("package.json"), "utf8")) as { version: string }).version;
}
