// Entry of the CommonJS bundle (scripts/bundle-cli.mjs, loaded by load-bundle.ts): the library's
// exports, and for the CLI alone (dist/bin/index.js leaves them out) main() and the hook that sets
// V8's tier for the bash grammar, so the CLI and the library share one compiled copy of the code.
export { main } from "./cli.js";
export * from "./index.js";
export { beforeGrammarCompile } from "./project/script/grammar-hook.js";
