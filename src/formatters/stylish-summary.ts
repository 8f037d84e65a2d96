// The counting lines of the stylish output: one folded line for a file's infos ("2 infos:
// dead-key ×2") and the closing summary, which under --quiet counts errors only.
import type { Diagnostic, Summary } from "../types.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 infos: dead-key ×2, reserved-key" for a file's infos, or "" when it has none. */
export function foldedInfos(infos: Diagnostic[]): string {
  if (infos.length === 0) return "";
  const byRule = new Map<string, number>();
  for (const d of infos) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  const rules = [...byRule].map(([id, n]) => (n === 1 ? id : `${id} ×${n}`));
  return `${plural(infos.length, "info")}: ${rules.join(", ")}`;
}

export function summaryLine(summary: Summary, how: { quiet: boolean; folded: boolean }): string {
  const { errors, warnings, infos, files, runs } = summary;
  const where = ` in ${plural(files, "file")}${runs > 0 ? ` and ${plural(runs, "run")}` : ""}`;
  if (how.quiet)
    return `${errors === 0 ? "No errors" : plural(errors, "error")}${where} (--quiet: warnings and infos not counted)`;
  const total = errors + warnings + infos;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`;
  const fold = how.folded ? "; infos folded, --verbose lists them" : "";
  return `${total === 0 ? "No problems" : plural(total, "problem")} (${counts})${where}${fold}`;
}
