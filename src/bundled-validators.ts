// In the installed package the generated validators ship one file per kind
// (dist/bin/validators-<kind>.cjs, written by scripts/bundle-cli.mjs, the model's with its role
// guards), and the bundle holds a stand-in for each that loads its file, through the code cache,
// on first call: a check of a data file compiles and deserialises the data validator only, not
// the 340 kB of all of them. From source, src/generated/validators.js is imported directly.
import type { ValidateFunction } from "ajv";
import { loadWithCodeCache } from "./cli-code-cache.js";

const files = new Map<string, Record<string, unknown>>();

/** A stand-in for validator `name` of dist/bin/`file`; it reports the real validator's errors as its own. */
export function lazyValidator(file: string, name: string): ValidateFunction {
  let real: ValidateFunction | undefined;
  const stand = ((data: unknown) => {
    real ??= load(file)[name] as ValidateFunction;
    const valid = real(data);
    stand.errors = real.errors;
    return valid;
  }) as ValidateFunction;
  return stand;
}

function load(file: string): Record<string, unknown> {
  let loaded = files.get(file);
  if (!loaded) {
    loaded = loadWithCodeCache(new URL(`./${file}`, import.meta.url));
    files.set(file, loaded);
  }
  return loaded;
}
