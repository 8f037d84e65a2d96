#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.cjs): process-level wiring only, argv, output and exit
// code to main() in cli.ts, which it takes from the code-cached bundle (load-bundle.ts), and V8
// settings that must never be made by the library or in tests. CommonJS, and it loads nothing
// else: an ES module entry makes Node build an ES facade of every built-in it imports (node:fs's
// loads all of Node's streams), and every built-in loaded here is start-up time of every check
// (fd-output.ts).
import { argvShape } from "./cli/argv-shape.js";
import { fdOutput } from "./cli/fd-output.js";
import { beforeFlagChange } from "./cli-code-cache.js";
import { loadBundle } from "./load-bundle.js";

const argv = process.argv.slice(2);
const { main, beforeGrammarCompile } = loadBundle(argvShape(argv));

// A short-lived process gains nothing from V8's optimising tier for the bash grammar (1.4 MB of
// WebAssembly): its background compilation only delays the exit, and a check that parsed the
// example's scripts took 1.1 s without this flag instead of 0.26 s. Set only when the grammar
// loads: node:v8 costs milliseconds that a warm check (every script cached) does not need to pay.
// V8 rejects code cache made under other flags: the code cache is told first, with how to set
// Node's own back (the flag turns two others off in V8 11 and 12; cli-code-cache.ts checks that the
// undo did restore them before it relies on it).
const GRAMMAR_FLAG = "--liftoff-only";
const GRAMMAR_FLAG_UNDO = "--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering";
beforeGrammarCompile(() => {
  const v8 = process.getBuiltinModule("node:v8") as typeof import("node:v8");
  beforeFlagChange(GRAMMAR_FLAG, () => v8.setFlagsFromString(GRAMMAR_FLAG_UNDO));
  v8.setFlagsFromString(GRAMMAR_FLAG);
});

const stdout = fdOutput(1, () => process.stdout);
const stderr = fdOutput(2, () => process.stderr);
main(argv, { stdout, stderr }).then((code) => {
  process.exitCode = code;
});
