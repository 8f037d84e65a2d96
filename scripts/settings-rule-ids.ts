// The shipped settings schema lists the rule ids (an enum of `rules`' keys, each with its default
// severity and docs page) so editors complete and check them, and its validator refuses an unknown
// id. The ids come from the rule registry, read in a child process: the registry imports generated
// modules, and importing it here would cache this run's stale copies of them for the README step,
// which must see the ones just written. Nothing read from it depends on generated values (rule
// descriptions can: they quote schema defaults), so one run of the generator is enough.
import { execFileSync } from "node:child_process";
import { docsPath } from "../src/rules/rule-types.js";
import type { JsonSchema } from "./bundle-schema.js";

export interface RuleSummary {
  severity: string;
}

/** id → default severity, from src/rules/index.ts (run with this process's loader, tsx). */
export function registryRules(): Record<string, RuleSummary> {
  const registry = new URL("../src/rules/index.js", import.meta.url).href;
  const code = `const { allRules } = await import(${JSON.stringify(registry)});
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(allRules).map(([id, r]) => [id, { severity: r.meta.severity }]))));`;
  const out = execFileSync(process.execPath, [...process.execArgv, "--input-type=module", "-e", code], {
    encoding: "utf8",
  });
  return JSON.parse(out) as Record<string, RuleSummary>;
}

export function withRuleIds(settings: JsonSchema, registry: Record<string, RuleSummary>): JsonSchema {
  const properties = (settings.properties ?? {}) as Record<string, JsonSchema>;
  const rules = properties.rules;
  if (!rules) throw new Error("settings schema: needs a `rules` property");
  const ids = Object.keys(registry).sort();
  const value = rules.additionalProperties as JsonSchema;
  const listed: JsonSchema = {
    ...rules,
    propertyNames: { enum: ids },
    properties: Object.fromEntries(
      ids.map((id) => {
        const about = `Default severity: ${registry[id]!.severity}. Documentation: ${docsPath(id)}.`;
        return [id, { ...value, description: about }];
      }),
    ),
  };
  return { ...settings, properties: { ...properties, rules: listed } };
}
