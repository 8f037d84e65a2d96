// A hook run once just before the bash grammar's WebAssembly is compiled (bash-parser.ts). The CLI
// sets V8's WebAssembly tier there (cli-bin.ts); the library never does, since V8 flags are
// process-wide. Its own module, without imports: the CLI sets it at start, and the parser must stay
// unloaded until a launch script misses the cache.
let hook: (() => void) | undefined;

export function beforeGrammarCompile(run: () => void): void {
  hook = run;
}

/** Runs the hook, if one is set, once. */
export function runGrammarHook(): void {
  const run = hook;
  hook = undefined;
  run?.();
}
