// Ships the bash parser inside the package (dist/grammar/), copied at build from the dev
// dependencies: web-tree-sitter's CommonJS runtime and its .wasm, and tree-sitter-bash's grammar .wasm.
// Consumers then install neither package: tree-sitter-bash alone is 20 MB of native prebuilds and C
// sources with an install script, web-tree-sitter 5.7 MB of debug builds and source maps.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { wrapForCodeCache } from "./code-cache-wrapper.mjs";

const require = createRequire(import.meta.url);
const out = "dist/grammar";
const runtimeDir = dirname(require.resolve("web-tree-sitter/tree-sitter.wasm"));
const grammarDir = dirname(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The runtime is loaded through V8's code cache (src/cli-code-cache.ts), like the bundle: wrapped
// here (code-cache-wrapper.mjs), with the __filename and __dirname Node's own loader would give it,
// after the strict-mode directive the runtime opens with (it counts only first). Its source map is
// not shipped, so the comment naming it goes.
const runtime = readFileSync(join(runtimeDir, "tree-sitter.cjs"), "utf8").replace(
  /\n\/\/# sourceMappingURL=\S+\s*$/,
  "\n",
);
const names =
  '"use strict"; var __filename = require("node:url").fileURLToPath(importMetaUrl), __dirname = require("node:path").dirname(__filename);\n';
writeFileSync(join(out, "web-tree-sitter.cjs"), wrapForCodeCache(runtime, names));
copyFileSync(join(runtimeDir, "tree-sitter.wasm"), join(out, "tree-sitter.wasm"));
// The grammar ships as it is (1.4 MB; npm's tarball compresses it to 0.2 MB): unzipping it cost
// about 5 ms of every check that parses a script.
copyFileSync(join(grammarDir, "tree-sitter-bash.wasm"), join(out, "tree-sitter-bash.wasm"));

// Both are MIT-licensed: their notices travel with the copies.
const notice = (name, dir) =>
  `${name} ${require(join(dir, "package.json")).version}\n\n${readFileSync(join(dir, "LICENSE"), "utf8").trim()}\n`;
writeFileSync(
  join(out, "LICENSES.txt"),
  `${notice("web-tree-sitter", runtimeDir)}\n---\n\n${notice("tree-sitter-bash", grammarDir)}`,
);
