// Where a rule's documentation is read online: its docs/rules/<id>.md in this very version of the
// package (unpkg serves every published file). SARIF's helpUri and stylish's docs lines use it.
import { packageVersion } from "../package-root.js";
import { docsPath } from "../rules/rule-types.js";

export function docsUrl(ruleId: string): string {
  return `https://unpkg.com/stepvideo-config@${packageVersion()}/${docsPath(ruleId)}`;
}
