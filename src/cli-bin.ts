#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.js): process-level wiring only, argv, streams and exit
// code to main() in cli.ts, which it takes from the code-cached bundle (load-bundle.ts). It loads
// nothing else: every built-in module loaded here is start-up time of every check.
import { loadBundle } from "./load-bundle.js";

const { main } = loadBundle();
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
