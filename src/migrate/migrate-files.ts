// The library's `migrate`: rewrites configs of an older release (or a pre-2.1.0 fork) for the
// target release in memory: the release edits, then the safe fixes judged under that release.
// What still fails there is returned as `remaining` (what it could not migrate). Never writes.
import { JsonDocument } from "../document/json-document.js";
import { UsageError } from "../errors.js";
import { type EditResult, editFiles } from "../fix/edit-files.js";
import { fixPasses } from "../fix/fix-passes.js";
import { RELEASES } from "../generated/releases.js";
import { isRelease } from "../releases/release-data.js";
import type { CheckOptions, Diagnostic } from "../types.js";
import { validateText } from "../validate.js";
import { applyReleaseEdits } from "./apply-release-edits.js";
import { releaseEdits } from "./release-edits.js";

export interface MigrateOptions extends Omit<CheckOptions, "release"> {
  /** The release to migrate to. */
  to: string;
}

export interface MigrateResult extends EditResult {
  /** Errors the migrated files still have under the target release (file rules; run rules need the files written). */
  remaining: Diagnostic[];
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const { to, ...rest } = options;
  if (!isRelease(to)) throw new UsageError(`Unsupported release "${to}"; supported: ${RELEASES.join(", ")}.`);
  const remaining: Diagnostic[] = [];
  const result = await editFiles({ ...rest, release: to }, ({ file, kind, text, release, rules }) => {
    const moved = applyReleaseEdits(text, releaseEdits(new JsonDocument(text), kind, to));
    const diagnosticsOf = (current: string) => validateText(kind, current, file, rules, release);
    const fixed = fixPasses(moved.output, diagnosticsOf);
    remaining.push(...diagnosticsOf(fixed.output).filter((d) => d.severity === "error"));
    return { output: fixed.output, applied: [...moved.applied, ...fixed.applied] };
  });
  return { ...result, remaining };
}
