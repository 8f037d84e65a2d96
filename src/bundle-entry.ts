// Entry of the CommonJS bundle (scripts/bundle-cli.mjs, loaded by load-bundle.ts): the library's
// exports and the CLI's main(), so the CLI and the library share one compiled copy of the code.
export { main } from "./cli.js";
export * from "./index.js";
