// The fix for an unknown key: rename it to the one known key it is a typo of. Only when no
// other known key is as near and the object does not already hold that key (a rename must
// never create a duplicate key, which Python would resolve by dropping a value).
import { type RuleReport, renameKeyFix } from "../findings.js";
import { soleClosest } from "./display.js";

export function renameToSole(key: string, known: Iterable<string>, present: string[]): Pick<RuleReport, "fix"> {
  const to = soleClosest(key, known);
  return to !== undefined && !present.includes(to) ? { fix: renameKeyFix(key, to) } : {};
}
