// `stepvideo-config explain RULE`: prints the rule's documentation (docs/rules/<id>.md, shipped in
// the package) after its default severity and scope; an unknown id gets a did-you-mean.
import { readFileSync } from "node:fs";
import { UsageError } from "../errors.js";
import { packagePath } from "../package-root.js";
import { allRules } from "../rules/index.js";
import { docsPath } from "../rules/rule-types.js";
import { closest } from "../schema/display.js";

export function explain(id: string | undefined): string {
  if (id === undefined) throw new UsageError('explain needs a rule id: "stepvideo-config explain dead-key".');
  const rule = Object.hasOwn(allRules, id) ? allRules[id] : undefined;
  if (!rule) {
    const near = closest(id, Object.keys(allRules));
    throw new UsageError(
      `Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ""} The rules are listed in the README's rules table.`,
    );
  }
  return readFileSync(packagePath(docsPath(id)), "utf8");
}
