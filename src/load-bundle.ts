// The installed package runs from one CommonJS bundle (dist/bin/stepvideo-config.cjs, written by
// scripts/bundle-cli.mjs) compiled through V8's code cache (cli-code-cache.ts): Node 20 has no
// compile cache for ES modules, and compiling our code was most of a check's start-up. The CLI
// (cli-bin.ts) and the library entry (dist/bin/index.js) both load it from here, so the code ships
// once. Used only by the build's entries; from source, import cli.ts and index.ts directly.
import type { main } from "./cli.js";
import { loadWithCodeCache } from "./cli-code-cache.js";
import type { beforeGrammarCompile } from "./project/script/grammar-hook.js";

/** What bundle-entry.ts exports: the library, and main() and the grammar hook for the CLI. */
export type Bundle = typeof import("./index.js") & {
  main: typeof main;
  beforeGrammarCompile: typeof beforeGrammarCompile;
};

/** `variant`: names the code-cache entry (the bin passes its command line's shape). */
export function loadBundle(variant?: string): Bundle {
  return loadWithCodeCache(new URL("./stepvideo-config.cjs", import.meta.url), variant) as unknown as Bundle;
}
