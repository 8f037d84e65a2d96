// Files shipped beside the code (schemas/, package.json), found from wherever this module was
// loaded: src/ when run from source, dist/ or the bundled dist/bin/ when installed.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CANDIDATES = ["../", "../../"];
let root: URL | undefined;

/** Found once: every check asks for a schema or the version, and each probe is two file lookups. */
function packageRoot(): URL {
  if (!root) {
    for (const up of CANDIDATES) {
      const candidate = new URL(up, import.meta.url);
      if (existsSync(new URL("package.json", candidate)) && existsSync(new URL("schemas/", candidate))) {
        root = candidate;
        return root;
      }
    }
    throw new Error(`stepvideo-config: cannot find the package's files beside ${import.meta.url}`);
  }
  return root;
}

export function packageUrl(relative: string): URL {
  return new URL(relative, packageRoot());
}

/** A shipped file's path: reading through a path string spares converting a URL on every read. */
export function packagePath(relative: string): string {
  return fileURLToPath(packageUrl(relative));
}

/** Replaced by the version string when scripts/bundle-cli.mjs bundles the package; absent in source. */
declare const __PACKAGE_VERSION__: string | undefined;
let version: string | undefined;

/** This package's version: the bundle's own, else (run from source) its package.json's. */
export function packageVersion(): string {
  version ??=
    typeof __PACKAGE_VERSION__ === "string"
      ? __PACKAGE_VERSION__
      : (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
  return version;
}
