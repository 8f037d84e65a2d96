// Validates per-rule severity settings (from --rule, stepvideo-config.json or the library option)
// against the registry and turns them into the severities the engines apply ("warn", eslint's
// spelling, becomes "warning").
import { UsageError } from "../errors.js";
import { closest } from "../schema/display.js";
import type { RuleSetting } from "../types.js";
import { allRules } from "./index.js";

const SETTINGS = ["off", "info", "warn", "warning", "error"];
const NONE: Record<string, RuleSetting> = Object.freeze({});

export function ruleSettings(settings: unknown): Record<string, RuleSetting> {
  if (typeof settings !== "object" || settings === null || Array.isArray(settings))
    throw new UsageError(`rules must be an object of rule id → ${SETTINGS.join("|")}.`);
  // No settings (validate()'s default, on every call): one shared empty answer, nothing to check.
  let any = false;
  for (const _ in settings) {
    any = true;
    break;
  }
  if (!any) return NONE;
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(settings)) {
    if (!Object.hasOwn(allRules, id)) {
      const near = closest(id, Object.keys(allRules));
      throw new UsageError(`Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ""}`);
    }
    if (typeof value !== "string" || !SETTINGS.includes(value))
      throw new UsageError(`Rule "${id}": ${JSON.stringify(value)} is not one of ${SETTINGS.join(", ")}.`);
    out[id] = value === "warn" ? "warning" : (value as RuleSetting);
  }
  return out;
}

/** Parses "ID=severity" strings as given on the command line. */
export function parseRuleOptions(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at <= 0) throw new UsageError(`--rule expects ID=${SETTINGS.join("|")}, got "${value}".`);
    out[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return out;
}
