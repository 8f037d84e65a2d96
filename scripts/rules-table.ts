// The README's rules table, generated from rule meta so the two never disagree.
import { allRules } from "../src/rules/index.js";
import { docsPath } from "../src/rules/rule-types.js";

const START = "<!-- rules-table:start -->";
const END = "<!-- rules-table:end -->";

export function rulesTable(): string {
  const rows = Object.values(allRules)
    .map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (m) =>
        `| [\`${m.id}\`](${docsPath(m.id)}) | ${m.severity} | ${m.scope} | ${m.description.replace(/\|/g, "\\|")} |`,
    );
  return ["| rule | default severity | scope | what it catches |", "|---|---|---|---|", ...rows].join("\n");
}

export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}
