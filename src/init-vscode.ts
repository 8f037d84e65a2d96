// `stepvideo-config init vscode`: merges json.schemas entries for every StepVideo config kind into
// .vscode/settings.json, keeping every other setting and comment (jsonc-parser edits), written
// atomically. By default the entries point at the schemas inside node_modules (offline, no trusted
// domain needed); with `remote` at the published URLs, plus the trusted-domain entry they need.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { applyEdits, createScanner, modify, type ParseError, parse, printParseErrorCode } from "jsonc-parser";
import { UsageError } from "./errors.js";
import { packagePath } from "./package-root.js";

interface CatalogEntry {
  fileMatch: string[];
  url: string;
}

const LOCAL_PREFIX = "./node_modules/stepvideo-config/schemas/";
const REMOTE_PREFIX = "https://unpkg.com/stepvideo-config@1/schemas/";
const BOM = "\ufeff";

export interface InitResult {
  settingsFile: string;
  added: number;
}

export function initVscode(workspace: string, remote = false): InitResult {
  const file = join(workspace, ".vscode", "settings.json");
  const target = settingsTarget(file);
  const original = target.stats ? readFileSync(target.path, "utf8") : "";
  const catalog = JSON.parse(readFileSync(packagePath("schemas/catalog.json"), "utf8")) as { schemas: CatalogEntry[] };
  const ours = catalog.schemas
    .filter((s) => s.fileMatch.length > 0)
    .map((s) => ({ fileMatch: s.fileMatch, url: remote ? s.url : s.url.replace(REMOTE_PREFIX, LOCAL_PREFIX) }));
  const text = merge(original, file, ours, remote);
  if (text !== original) writeAtomically(target.path, text, file, target.stats);
  return { settingsFile: file, added: ours.length };
}

/** The file to write: settings.json itself, or the file its symbolic link points to (the link is kept). */
function settingsTarget(file: string): { path: string; stats?: Stats } {
  const folder = dirname(file);
  const folderStats = statOrUndefined(folder, statSync);
  if (folderStats && !folderStats.isDirectory())
    throw new UsageError(`${folder} is not a folder; move it away so VS Code settings can live there.`);
  let path = file;
  if (statOrUndefined(file, lstatSync)?.isSymbolicLink()) {
    try {
      path = realpathSync(file);
    } catch {
      path = resolve(folder, readlinkSync(file)); // a dangling link: create the file it names
    }
  }
  // Never open anything but a regular file: reading a FIFO would block, a device could be anything.
  const stats = statOrUndefined(path, statSync);
  if (stats?.isDirectory()) throw new UsageError(`${file} is a folder, not a settings file; remove it or rename it.`);
  if (stats && !stats.isFile())
    throw new UsageError(`${file} is not a regular file (a FIFO, socket or device); replace it with a settings file.`);
  if (stats && (stats.mode & 0o222) === 0)
    throw new UsageError(`${file} is read-only; make it writable (chmod u+w) to let init update it.`);
  return stats ? { path, stats } : { path };
}

function statOrUndefined(path: string, stat: (p: string) => Stats): Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`Cannot inspect ${path}: ${(error as Error).message}`);
  }
}

/** The settings text with our entries, read as VS Code reads it: JSON with comments, a BOM allowed. */
function merge(original: string, file: string, ours: CatalogEntry[], remote: boolean): string {
  const bom = original.startsWith(BOM) ? BOM : "";
  let text = original.slice(bom.length);
  // Empty or only comments: VS Code reads no settings; give the comments an object to sit beside.
  if (createScanner(text, true).scan() === 17 /* EOF */)
    text += `${text === "" || text.endsWith("\n") ? "" : "\n"}{}\n`;
  const errors: ParseError[] = [];
  const settings: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split("\n").length;
    throw new UsageError(
      `${file} is not valid JSON with comments (${printParseErrorCode(first.error)} at line ${line}); fix it before running init.`,
    );
  }
  if (typeof settings !== "object" || settings === null || Array.isArray(settings))
    throw new UsageError(`${file} holds ${describe(settings)}, not an object of settings; fix it before running init.`);
  const existing = (settings as Record<string, unknown>)["json.schemas"];
  if (existing !== undefined && !Array.isArray(existing))
    throw new UsageError(
      `"json.schemas" in ${file} is ${describe(existing)}, not a list of schema entries; fix it before running init.`,
    );
  const kept = (existing ?? []).filter((e: unknown) => {
    const url = (e as { url?: unknown } | null)?.url;
    return !(typeof url === "string" && (url.startsWith(LOCAL_PREFIX) || url.startsWith(REMOTE_PREFIX)));
  });
  const format = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } };
  text = applyEdits(text, modify(text, ["json.schemas"], [...kept, ...ours], format));
  if (remote)
    text = applyEdits(
      text,
      modify(text, ["json.schemaDownload.trustedDomains", REMOTE_PREFIX.replace(/schemas\/$/, "")], true, format),
    );
  return bom + text;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Write to a temporary file beside the target, then rename over it: readers never see half a file. */
function writeAtomically(path: string, text: string, shown: string, stats: Stats | undefined): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text, { flag: "wx" });
    if (stats) chmodSync(temp, stats.mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === "EPERM" ? " (is it immutable? see lsattr)" : "";
    throw new UsageError(`Cannot write ${shown}: ${code ?? message}${why}; check the file and folder permissions.`);
  }
}
