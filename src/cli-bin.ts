#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.js): process-level wiring only, argv, streams and exit
// code to main() in cli.ts, and V8 and module-loader settings that must never be set by the
// library or in tests.
import module from "node:module";
import { setFlagsFromString } from "node:v8";

// Node 22+ keeps the compiled code of the CLI's modules on disk (module.enableCompileCache), so a
// second start skips compiling them; set before cli.ts and its chunks load. Older Node lacks it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A short-lived process gains nothing from V8's optimising tier for the bash grammar (WebAssembly):
// its background compilation only delays the exit. Set for this process only, never by the library.
setFlagsFromString("--liftoff-only");

const { main } = await import("./cli.js");
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
