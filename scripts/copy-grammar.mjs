// Ships the bash parser inside the package (dist/grammar/), copied at build from the dev
// dependencies: web-tree-sitter's CommonJS runtime and its .wasm, and tree-sitter-bash's grammar .wasm.
// Consumers then install neither package: tree-sitter-bash alone is 20 MB of native prebuilds and C
// sources with an install script, web-tree-sitter 5.7 MB of debug builds and source maps.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { constants, gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const out = "dist/grammar";
const runtimeDir = dirname(require.resolve("web-tree-sitter/tree-sitter.wasm"));
const grammarDir = dirname(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// tree-sitter.cjs finds tree-sitter.wasm beside itself (__dirname). Its source map is not shipped,
// so the comment naming it goes.
const runtime = readFileSync(join(runtimeDir, "tree-sitter.cjs"), "utf8");
writeFileSync(join(out, "web-tree-sitter.cjs"), runtime.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
copyFileSync(join(runtimeDir, "tree-sitter.wasm"), join(out, "tree-sitter.wasm"));
// The grammar is gzipped: 1.36 MB on disk becomes 0.18 MB, and unzipping it costs a few
// milliseconds on the first parse (src/project/script/bash-parser.ts).
const grammar = readFileSync(join(grammarDir, "tree-sitter-bash.wasm"));
writeFileSync(join(out, "tree-sitter-bash.wasm.gz"), gzipSync(grammar, { level: constants.Z_BEST_COMPRESSION }));

// Both are MIT-licensed: their notices travel with the copies.
const notice = (name, dir) =>
  `${name} ${require(join(dir, "package.json")).version}\n\n${readFileSync(join(dir, "LICENSE"), "utf8").trim()}\n`;
writeFileSync(
  join(out, "LICENSES.txt"),
  `${notice("web-tree-sitter", runtimeDir)}\n---\n\n${notice("tree-sitter-bash", grammarDir)}`,
);
