// The shipped settings schema lists the rule ids (an enum of `rules`' keys, each with its
// description) so editors complete and check them, and its validator refuses an unknown id. The
// ids come from the rule registry: generate.ts imports this module (and so the rules) dynamically.
import { allRules } from "../src/rules/index.js";
import type { JsonSchema } from "./bundle-schema.js";

export function withRuleIds(settings: JsonSchema): JsonSchema {
  const properties = (settings.properties ?? {}) as Record<string, JsonSchema>;
  const rules = properties.rules;
  if (!rules) throw new Error("settings schema: needs a `rules` property");
  const ids = Object.keys(allRules).sort();
  const value = rules.additionalProperties as JsonSchema;
  const listed: JsonSchema = {
    ...rules,
    propertyNames: { enum: ids },
    properties: Object.fromEntries(
      ids.map((id) => {
        const { description, severity } = allRules[id]!.meta;
        return [id, { ...value, description: `${description} (default: ${severity})` }];
      }),
    ),
  };
  return { ...settings, properties: { ...properties, rules: listed } };
}
