// The library's `fix`: the safe fixes of the check (integer tokens, dtype aliases, sole-suggestion
// key typos, release renames), applied in memory to every selected config. Never writes.
import type { CheckOptions } from "../types.js";
import { validateText } from "../validate.js";
import { type EditResult, editFiles } from "./edit-files.js";
import { fixPasses } from "./fix-passes.js";

export function fix(options: CheckOptions = {}): Promise<EditResult> {
  return editFiles(options, ({ file, kind, text, release, rules }) =>
    fixPasses(text, (current) => validateText(kind, current, file, rules, release)),
  );
}
