// Loads the bash grammar (tree-sitter-bash, WebAssembly) once and parses launch scripts into a
// concrete syntax tree with positions. tree-sitter never throws on bad input: it marks ERROR
// and MISSING nodes, which script-faults.ts turns into a located syntax fault.
import { readFile } from "node:fs/promises";
import type { Node, Parser, Tree } from "web-tree-sitter";
import { loadWithCodeCache } from "../../cli-code-cache.js";
import { packageUrl } from "../../package-root.js";
import { runGrammarHook } from "./grammar-hook.js";

let parserPromise: Promise<Parser> | undefined;

/** The parser ships in the package (dist/grammar/, copied at build by scripts/copy-grammar.mjs):
 *  web-tree-sitter and tree-sitter-bash are build-time dependencies only. Its CommonJS runtime is
 *  loaded like the bundle, through V8's code cache (the bundled code runs in a vm.Script, which
 *  cannot import()). */
async function createParser(): Promise<Parser> {
  runGrammarHook();
  const dir = packageUrl("dist/grammar/");
  const treeSitter = loadWithCodeCache(
    new URL("web-tree-sitter.cjs", dir),
  ) as unknown as typeof import("web-tree-sitter");
  await treeSitter.Parser.init();
  const bash = await treeSitter.Language.load(await readFile(new URL("tree-sitter-bash.wasm", dir)));
  const parser = new treeSitter.Parser();
  parser.setLanguage(bash);
  return parser;
}

export async function parseBash(text: string): Promise<Tree> {
  parserPromise ??= createParser();
  const tree = (await parserPromise).parse(text);
  if (!tree) throw new Error("the bash parser returned no tree");
  return tree;
}

export type { Node, Tree };
