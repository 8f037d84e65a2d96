// Bundles the CLI into dist/bin/ with esbuild: one module to load instead of ~70 is most of the
// start-up time Node spends on our code. Dependencies stay external; code the CLI needs only
// sometimes (the launch-script parser, fast-glob, plan, schema) stays in lazily loaded chunks.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist/bin", { recursive: true, force: true }); // no stale chunks from earlier builds

await build({
  // The dataset scan's worker is an entry of its own: parallel-scan.ts, bundled into a chunk here,
  // starts it as new URL("./scan-worker.js", import.meta.url).
  entryPoints: { cli: "src/cli-bin.ts", "scan-worker": "src/fs/scan-worker.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Dependencies stay external, except jsonc-parser: its ESM build bundles cleanly and saves a
  // CommonJS module load at every start.
  external: [
    "ajv",
    "ajv/*",
    "ajv-formats",
    "fast-glob",
    "web-tree-sitter",
    "tree-sitter-bash",
    "tree-sitter-bash/*",
    "vscode-languageserver",
    "vscode-languageserver/*",
    "vscode-languageserver-textdocument",
  ],
  mainFields: ["module", "main"],
  logLevel: "warning",
});
