// `stepvideo-config init vscode`: merges json.schemas entries for every StepVideo config kind into
// .vscode/settings.json, keeping every other setting and comment (jsonc-parser edits), written
// atomically. By default the entries point at the schemas inside node_modules (offline, no trusted
// domain needed); with `remote` at the published URLs, plus the trusted-domain entry they need.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { applyEdits, modify, type ParseError, parse } from "jsonc-parser";
import { UsageError } from "./errors.js";
import { packageUrl } from "./package-root.js";

interface CatalogEntry {
  fileMatch: string[];
  url: string;
}

const LOCAL_PREFIX = "./node_modules/stepvideo-config/schemas/";
const REMOTE_PREFIX = "https://unpkg.com/stepvideo-config@1/schemas/";

export interface InitResult {
  settingsFile: string;
  added: number;
}

export function initVscode(workspace: string, remote = false): InitResult {
  const file = join(workspace, ".vscode", "settings.json");
  let text = "{}\n";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // no settings yet: start from an empty object
  }
  const errors: ParseError[] = [];
  const settings = (parse(text, errors, { allowTrailingComma: true }) ?? {}) as Record<string, unknown>;
  if (errors.length > 0) throw new UsageError(`${file} is not valid JSON with comments; fix it before running init.`);
  const catalog = JSON.parse(readFileSync(packageUrl("schemas/catalog.json"), "utf8")) as { schemas: CatalogEntry[] };
  const ours = catalog.schemas
    .filter((s) => s.fileMatch.length > 0)
    .map((s) => ({ fileMatch: s.fileMatch, url: remote ? s.url : s.url.replace(REMOTE_PREFIX, LOCAL_PREFIX) }));
  const existing = Array.isArray(settings["json.schemas"]) ? (settings["json.schemas"] as { url?: string }[]) : [];
  const kept = existing.filter(
    (e) => !(typeof e.url === "string" && (e.url.startsWith(LOCAL_PREFIX) || e.url.startsWith(REMOTE_PREFIX))),
  );
  const format = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } };
  text = applyEdits(text, modify(text, ["json.schemas"], [...kept, ...ours], format));
  if (remote)
    text = applyEdits(
      text,
      modify(text, ["json.schemaDownload.trustedDomains", REMOTE_PREFIX.replace(/schemas\/$/, "")], true, format),
    );
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file); // atomic on the same file system: readers never see half a file
  return { settingsFile: file, added: ours.length };
}
