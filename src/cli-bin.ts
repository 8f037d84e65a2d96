#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.js): process-level wiring only, argv, streams and exit
// code to main() in cli.ts, and V8 flags that must never be set by the library or in tests.
import { setFlagsFromString } from "node:v8";
import { main } from "./cli.js";

// A short-lived process gains nothing from V8's optimising tier for the bash grammar (WebAssembly):
// its background compilation only delays the exit. Set for this process only, never by the library.
setFlagsFromString("--liftoff-only");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
