// --format sarif: a SARIF 2.1.0 log for code scanning, with the rules array from rule meta (each
// with its docs page as helpUri) and every result located by start and end line and column.
import { pathToFileURL } from "node:url";
import { packageVersion } from "../package-root.js";
import { allRules } from "../rules/index.js";
import type { Severity } from "../types.js";
import { docsUrl } from "./docs-url.js";
import { escapeJsonControls } from "./escape-text.js";
import type { Formatter } from "./formatter-types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const HOME = "https://www.npmjs.com/package/stepvideo-config";

export const sarif: Formatter = (report) => {
  const version = packageVersion();
  const ids = Object.keys(allRules);
  const rules = ids.map((id) => {
    const meta = allRules[id]!.meta;
    return {
      id,
      name: id,
      shortDescription: { text: meta.description },
      helpUri: docsUrl(id),
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: { scope: meta.scope },
    };
  });
  const location = (file: string, region: Record<string, number>) => ({
    physicalLocation: { artifactLocation: { uri: relativeUri(file), uriBaseId: "ROOT" }, region },
  });
  const results = report.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: ids.indexOf(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}. ${d.hint}` : d.message },
    locations: [
      location(d.file, {
        startLine: d.line,
        startColumn: d.column,
        ...(d.endLine ? { endLine: d.endLine } : {}),
        ...(d.endColumn ? { endColumn: d.endColumn } : {}),
      }),
    ],
    ...(d.related
      ? {
          relatedLocations: d.related.map((r, i) => ({
            id: i,
            ...location(r.file, { startLine: r.line, startColumn: r.column }),
            message: { text: r.message },
          })),
        }
      : {}),
    properties: { pointer: d.pointer, messageId: d.messageId },
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "stepvideo-config", version, informationUri: HOME, rules } },
        originalUriBaseIds: {
          ROOT: { uri: pathToFileURL(report.root.endsWith("/") ? report.root : `${report.root}/`).href },
        },
        results,
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};

/** A root-relative POSIX path as a relative URI reference: each segment percent-encoded, so `#`, `?` and `%` in names survive. */
export function relativeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}
