#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.js): process-level wiring only, argv, streams and exit
// code to main() in cli.ts, and the module-loader setting that must never be set by the library
// or in tests.
import module from "node:module";

// Node 22+ keeps the compiled code of the CLI's modules on disk (module.enableCompileCache), so a
// second start skips compiling them; set before cli.ts and its chunks load. Older Node lacks it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import("./cli.js");
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
