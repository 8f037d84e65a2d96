// Bundles the CLI into dist/bin/ with esbuild: one module to load instead of ~70 is most of the
// start-up time Node spends on our code. Dependencies stay external; code the CLI needs only
// sometimes (the launch-script parser, fast-glob, plan, schema) stays in lazily loaded chunks.
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

rmSync("dist/bin", { recursive: true, force: true }); // no stale chunks from earlier builds

// The generated validators go to dist/bin/validators.cjs, a function of (exports, require, module,
// importMetaUrl) that src/cli-code-cache.ts compiles with V8's code cache; the bundle imports them
// through that module.
const validators = fileURLToPath(new URL("../src/generated/validators.js", import.meta.url));
const names = Object.keys(await import(validators));
const withCodeCache = {
  name: "validators-with-code-cache",
  setup(b) {
    b.onResolve({ filter: /\/validators\.js$/ }, (args) =>
      args.importer.endsWith("validator-map.ts") ? { path: "validators", namespace: "code-cache" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "code-cache" }, () => ({
      resolveDir: fileURLToPath(new URL("../src/", import.meta.url)),
      contents: [
        'import { loadWithCodeCache } from "./cli-code-cache.ts";',
        'const m = loadWithCodeCache(new URL("./validators.cjs", import.meta.url));',
        ...names.map((name) => `export const ${name} = m.${name};`),
      ].join("\n"),
    }));
  },
};

await build({
  plugins: [withCodeCache],
  // The dataset scan's worker is an entry of its own: parallel-scan.ts, bundled into a chunk here,
  // starts it as new URL("./scan-worker.js", import.meta.url). The library is an entry too (the
  // package's main): it shares its chunks with the CLI, so the package ships the code once.
  entryPoints: { cli: "src/cli-bin.ts", "scan-worker": "src/fs/scan-worker.ts", index: "src/index.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Dependencies stay external, except jsonc-parser (its ESM build bundles cleanly and saves a
  // CommonJS module load at every start) and the language server's libraries, which only the lazily
  // loaded `lsp` chunk uses: bundled, they are dev dependencies and a consumer installs 1.7 MB less.
  // They are CommonJS, so the chunks get a real `require` for the built-in modules they load.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  external: ["ajv", "ajv/*", "ajv-formats", "fast-glob", "web-tree-sitter", "tree-sitter-bash", "tree-sitter-bash/*"],
  mainFields: ["module", "main"],
  // Whitespace only: a smaller install (the bundled language-server libraries above all), names
  // and stack traces as readable as before.
  minifyWhitespace: true,
  logLevel: "warning",
});

const cjs = await build({
  entryPoints: [validators],
  format: "cjs",
  platform: "node",
  target: "node20",
  define: { "import.meta.url": "importMetaUrl" },
  minifyWhitespace: true,
  write: false,
  logLevel: "warning",
});
writeFileSync(
  "dist/bin/validators.cjs",
  `(function (exports, require, module, importMetaUrl) {${cjs.outputFiles[0].text}\n})`,
);
