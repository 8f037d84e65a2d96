// The form src/cli-code-cache.ts compiles and calls: a CommonJS module's text as a function of
// (exports, require, module, importMetaUrl). One definition for the build scripts that write such
// files (bundle-cli.mjs for the bundle and validators, copy-grammar.mjs for the grammar's runtime).

/** `text` wrapped, with `prologue` first in the function body (a directive must come first to count). */
export const wrapForCodeCache = (text, prologue = "") =>
  `(function (exports, require, module, importMetaUrl) {${prologue}${text}\n})`;
