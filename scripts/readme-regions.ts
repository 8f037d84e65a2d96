// The README's generated regions, each between `<!-- NAME:start -->` and `<!-- NAME:end -->`:
// the rules table (rule meta), the CLI usage (the CLI's own help text), the release list, the
// pre-commit hook and the lint-staged glob, so the README never restates a fact kept elsewhere.
import { readFileSync } from "node:fs";
import { usage } from "../src/cli-usage.js";
import { RELEASES } from "../src/generated/releases.js";
import { allRules } from "../src/rules/index.js";
import { docsPath } from "../src/rules/rule-types.js";
import { lintStagedGlob, localPreCommitConfig } from "./integrations.js";

function rulesTable(): string {
  const rows = Object.values(allRules)
    .map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (m) =>
        `| [\`${m.id}\`](${docsPath(m.id)}) | ${m.severity} | ${m.scope} | ${m.description.replace(/\|/g, "\\|")} |`,
    );
  return ["| rule | default severity | scope | what it catches |", "|---|---|---|---|", ...rows].join("\n");
}

function region(readme: string, name: string, content: string, inline = false): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  const body = inline ? content : `\n${content}\n`;
  return `${readme.slice(0, from + start.length)}${body}${readme.slice(to)}`;
}

/** The local pre-commit hook pinned to this version of the package. */
function preCommitConfig(): string {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return `\`\`\`yaml\n${localPreCommitConfig(`stepvideo-config@${version}`)}\`\`\``;
}

export function withGeneratedRegions(readme: string): string {
  const releases = `${RELEASES.slice(0, -1).join(", ")} or ${RELEASES[RELEASES.length - 1]}`;
  const lintStaged = JSON.stringify({ "lint-staged": { [lintStagedGlob()]: "stepvideo-config check" } }, null, 2);
  let out = region(readme, "rules-table", rulesTable());
  out = region(out, "cli-usage", `\`\`\`\n${usage().trimEnd()}\n\`\`\``);
  out = region(out, "releases", releases, true);
  out = region(out, "pre-commit", preCommitConfig());
  return region(out, "lint-staged", `\`\`\`json\n${lintStaged}\n\`\`\``);
}
