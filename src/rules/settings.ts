// Validates per-rule severity settings (from --rule or the library option) against the registry.
import { UsageError } from "../errors.js";
import { closest } from "../schema/display.js";
import type { RuleSetting } from "../types.js";
import { allRules } from "./index.js";

const SETTINGS: readonly RuleSetting[] = ["off", "info", "warning", "error"];

export function assertRuleSettings(settings: Record<string, string>): asserts settings is Record<string, RuleSetting> {
  for (const [id, value] of Object.entries(settings)) {
    if (!Object.hasOwn(allRules, id)) {
      const near = closest(id, Object.keys(allRules));
      throw new UsageError(`Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ""}`);
    }
    if (!SETTINGS.includes(value as RuleSetting))
      throw new UsageError(`Rule "${id}": "${value}" is not one of ${SETTINGS.join(", ")}.`);
  }
}

/** Parses "ID=severity" strings as given on the command line. */
export function parseRuleOptions(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at <= 0) throw new UsageError(`--rule expects ID=off|info|warning|error, got "${value}".`);
    out[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return out;
}
