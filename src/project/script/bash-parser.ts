// Loads the bash grammar (tree-sitter-bash, WebAssembly) once and parses launch scripts into a
// concrete syntax tree with positions. tree-sitter never throws on bad input: it marks ERROR
// and MISSING nodes, which script-faults.ts turns into a located syntax fault.
import { createRequire } from "node:module";
import { Language, type Node, Parser, type Tree } from "web-tree-sitter";

let parserPromise: Promise<Parser> | undefined;

async function createParser(): Promise<Parser> {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const bash = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));
  const parser = new Parser();
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
