// The one set of ajv options: used by the build (standalone code) and by tests that compile
// the schemas at run time, so both validators behave the same.
import type { Options } from "ajv";

export const ajvOptions: Options = {
  strict: true,
  allErrors: true,
  // Python's json.loads reads NaN and Infinity as floats; the json-nonstandard-number rule warns.
  strictNumbers: false,
  allowUnionTypes: true,
};

/**
 * Our own annotations in the schemas, which ajv must accept in strict mode and which validate
 * nothing: `x-path` marks a key whose value is a path (`exists` or `parent`) for path-missing;
 * `deprecationMessage` is VS Code's reason for a dead key (scripts/deprecation-messages.ts).
 */
export const annotationKeywords = ["x-path", "deprecationMessage"];
