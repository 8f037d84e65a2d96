#!/usr/bin/env node
// The executable (bundled to dist/bin/cli.cjs): process-level wiring only, argv, output and exit
// code to main() in cli.ts, which it takes from the code-cached bundle (load-bundle.ts). CommonJS,
// and it loads nothing else: an ES module entry makes Node build an ES facade of every built-in
// it imports (node:fs's loads all of Node's streams), and every built-in loaded here is start-up
// time of every check (fd-output.ts).
import { fdOutput } from "./cli/fd-output.js";
import { loadBundle } from "./load-bundle.js";

const { main } = loadBundle();
const stdout = fdOutput(1, () => process.stdout);
const stderr = fdOutput(2, () => process.stderr);
main(process.argv.slice(2), { stdout, stderr }).then((code) => {
  process.exitCode = code;
});
