// Bundles the package's JavaScript into dist/bin/ with esbuild. Start-up is most of a check's time,
// and Node 20 caches no compiled ES modules, so the code ships as one CommonJS bundle compiled
// through V8's code cache (src/cli-code-cache.ts):
// - stepvideo-config.cjs: the library and the CLI's main() (src/bundle-entry.ts), every module
//   inlined; those the CLI needs only sometimes (lsp, plan, migrate, the launch-script evaluator)
//   are wrapped to run on first use, so their code is compiled only then;
// - validators-<kind>.cjs: the generated validators, one file per kind, loaded the same way and
//   only when a check first validates that kind, by the bundle and by the dataset-scan worker;
// - cli.cjs (the bin, CommonJS: see src/cli-bin.ts) and index.js (the package's main, an ES
//   module re-exporting the bundle's names): small entries that load the bundle (src/load-bundle.ts);
// - scan-worker.js: the dataset scan's worker thread, started by parallel-scan.ts beside the bundle.
// ajv and ajv-formats stay external (the generated validators need at most their runtime parts);
// fast-glob, ignore, jsonc-parser and the language server's libraries are bundled: resolving and
// compiling fast-glob's 40 modules was a third of a tree check's start-up. The bash parser runtime
// is in dist/grammar/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runInThisContext } from "node:vm";
import { build } from "esbuild";
import { wrapForCodeCache } from "./code-cache-wrapper.mjs";

rmSync("dist/bin", { recursive: true, force: true }); // no stale files from earlier builds
mkdirSync("dist/bin", { recursive: true });

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

// The generated validators ship one file per kind (the model's with its role guards): every import
// of them becomes stand-ins that load their kind's file on first call (src/bundled-validators.ts).
const validatorNames = Object.keys(await import(src("generated/validators.js")));
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const validatorFile = (name) => `validators-${/^is[A-Z]\w*Model$/.test(name) ? "model" : kebab(name)}.cjs`;
const validatorsByFile = new Map();
for (const name of validatorNames)
  validatorsByFile.set(validatorFile(name), [...(validatorsByFile.get(validatorFile(name)) ?? []), name]);
const validatorsFromCodeCache = {
  name: "validators-from-code-cache",
  setup(b) {
    b.onResolve({ filter: /\/validators\.js$/ }, (args) =>
      args.importer.endsWith("validator-map.ts") ? { path: "validators", namespace: "code-cache" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "code-cache" }, () => ({
      resolveDir: src(""),
      contents: [
        'import { lazyValidator } from "./bundled-validators.ts";',
        ...validatorNames.map((name) => `export const ${name} = lazyValidator("${validatorFile(name)}", "${name}");`),
      ].join("\n"),
    }));
  },
};

// The language server's libraries (vscode-languageserver*, two fifths of the code) ship apart, in
// dist/bin/lsp-vendor.cjs, required only when `stepvideo-config lsp` starts: V8 parses a script's
// whole source when it compiles it, so in the bundle they cost every check without a code cache.
const LSP_PACKAGES = ["vscode-languageserver", "vscode-languageserver/node", "vscode-languageserver-textdocument"];
const lspVendorApart = {
  name: "lsp-vendor-apart",
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver/ }, (args) => {
      if (!LSP_PACKAGES.includes(args.path)) throw new Error(`add ${args.path} to LSP_PACKAGES`);
      return { path: args.path, namespace: "lsp-vendor" };
    });
    b.onLoad({ filter: /.*/, namespace: "lsp-vendor" }, (args) => ({
      contents: `module.exports = require("./lsp-vendor.cjs")[${JSON.stringify(args.path)}];`,
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/lsp-vendor\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  mainFields: ["module", "main"],
  external: ["ajv", "ajv/*", "ajv-formats"],
  // Whitespace only: names and stack traces as readable as the source's.
  minifyWhitespace: true,
  logLevel: "warning",
};

/** A CommonJS bundle: `import.meta.url` is the bundle's own URL, passed in by loadWithCodeCache;
 *  `import()` becomes `require` (a vm.Script has no module loader on Node 20). */
async function commonJs(entry, plugins = []) {
  const result = await build({
    ...common,
    entryPoints: [entry],
    format: "cjs",
    plugins,
    // The version is the build's (package-root.ts): reading package.json cost every check a lookup.
    define: { "import.meta.url": "importMetaUrl", __PACKAGE_VERSION__: JSON.stringify(PACKAGE_VERSION) },
    supported: { "dynamic-import": false },
    write: false,
    metafile: true,
  });
  const lspCode = Object.keys(result.metafile.inputs).filter((input) =>
    input.includes("node_modules/vscode-languageserver"),
  );
  if (lspCode.length > 0) throw new Error(`${entry} bundles ${lspCode[0]}: it belongs in lsp-vendor.cjs`);
  return wrapForCodeCache(result.outputFiles[0].text);
}

// The generated module reaches ajv's runtime helpers (ucs2length) through a createRequire'd
// require, which esbuild cannot follow: each validators file then resolved ajv in node_modules when
// it loaded (package scope, exports map: milliseconds of every check). Given a plain require, esbuild
// inlines the helper, and the shipped validators need nothing from ajv at run time.
const PREAMBLE = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';
const ajvRuntimeInlined = {
  name: "ajv-runtime-inlined",
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/]validators\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes(PREAMBLE)) throw new Error(`${args.path} no longer starts with the require preamble`);
      return { contents: text.replace(PREAMBLE, ""), loader: "js" };
    });
  },
};
for (const [file, names] of validatorsByFile) {
  const result = await build({
    ...common,
    external: [],
    stdin: { contents: `export { ${names.join(", ")} } from "./generated/validators.js";`, resolveDir: src("") },
    format: "cjs",
    plugins: [ajvRuntimeInlined],
    define: { "import.meta.url": "importMetaUrl" },
    write: false,
  });
  // (ajv's helper names itself in a string, `'require("ajv/dist/runtime/ucs2length").default'`.)
  if (/(?<!')\brequire\d*\("ajv/.test(result.outputFiles[0].text))
    throw new Error(`${file} still requires ajv at run time`);
  writeFileSync(`dist/bin/${file}`, wrapForCodeCache(result.outputFiles[0].text));
}
const bundle = await commonJs(src("bundle-entry.ts"), [validatorsFromCodeCache, lspVendorApart]);
await build({
  ...common,
  stdin: {
    contents: `module.exports = {${LSP_PACKAGES.map((name) => `"${name}": require("${name}")`).join(", ")}};`,
    resolveDir: src(""),
    sourcefile: "lsp-vendor-entry.cjs",
    loader: "js",
  },
  outfile: "dist/bin/lsp-vendor.cjs",
  format: "cjs",
});
writeFileSync("dist/bin/stepvideo-config.cjs", bundle);

// index.js re-exports the bundle's names (but the CLI's own, src/bundle-entry.ts): read from the bundle.
const bundleFile = fileURLToPath(new URL("../dist/bin/stepvideo-config.cjs", import.meta.url));
const loaded = { exports: {} };
runInThisContext(bundle, { filename: bundleFile })(
  loaded.exports,
  createRequire(bundleFile),
  loaded,
  pathToFileURL(bundleFile).href,
);
const cliOnly = new Set(["main", "beforeGrammarCompile"]);
const libraryNames = Object.keys(loaded.exports).filter((name) => !cliOnly.has(name));

await build({
  ...common,
  stdin: {
    contents: [
      'import { loadBundle } from "./load-bundle.ts";',
      "const bundle = loadBundle();",
      ...libraryNames.map((name) => `export const ${name} = bundle.${name};`),
    ].join("\n"),
    resolveDir: src(""),
    sourcefile: "index-entry.ts",
  },
  outfile: "dist/bin/index.js",
  format: "esm",
});
// The bin is CommonJS: see src/cli-bin.ts.
await build({
  ...common,
  entryPoints: [src("cli-bin.ts")],
  outfile: "dist/bin/cli.cjs",
  format: "cjs",
  define: { "import.meta.url": "importMetaUrl" },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({
  ...common,
  entryPoints: { "scan-worker": src("fs/scan-worker.ts") },
  outdir: "dist/bin",
  format: "esm",
  plugins: [validatorsFromCodeCache],
  // Its lazily loaded modules (the lenient JSON parser) stay in the one file.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
});
if (!readFileSync("dist/bin/cli.cjs", "utf8").startsWith("#!")) throw new Error("dist/bin/cli.cjs lost its #! line");
