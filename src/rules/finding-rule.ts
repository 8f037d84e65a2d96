// Rules whose findings come straight from the schema stage (ajv errors and the integer-token
// probe): the rule reports the findings tagged with its id.
import type { FileRule, RuleMeta } from "./rule-types.js";

export function findingRule(meta: RuleMeta): FileRule {
  return {
    meta,
    check(ctx) {
      for (const finding of ctx.findingsOfRule()) ctx.report(finding.report);
    },
  };
}
