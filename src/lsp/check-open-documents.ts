// Runs the one engine (check()) on what is open in the editor: the open configs and launch
// scripts, read from their unsaved buffers, and the files the open scripts' runs name, so an edit
// of TP in a script re-checks the model file it launches with. Grouped by workspace folder.
import { existsSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "../check.js";
import type { Report } from "../types.js";

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

/** A file the editor has open, by absolute path. */
interface OpenFile {
  path: string;
  document: OpenDocument;
}

/** An open document's text as the check read it (the buffer may change while the check runs). */
interface Snapshot {
  uri: string;
  version: number;
  text: string;
}

/** One check: the open documents it read, by absolute path, and its report. */
export interface OpenCheck {
  report: Report;
  open: Map<string, Snapshot>;
}

const CHECKED = /\.(json|sh)$/;

/** Open documents the engine can check: files (not untitled buffers) named .json or .sh. */
function openFiles(documents: OpenDocument[]): OpenFile[] {
  return documents
    .filter((d) => d.uri.startsWith("file:") && CHECKED.test(d.uri))
    .map((document) => ({ path: fileURLToPath(document.uri), document }));
}

/**
 * Where a check starts (its cwd, from which check() finds the root as the CLI does): the deepest
 * workspace folder holding the file, else the file's own folder.
 */
function startFolder(path: string, folders: string[]): string {
  const holding = folders.filter((f) => path.startsWith(f.endsWith(sep) ? f : f + sep));
  return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
}

/**
 * `named` remembers, per start folder, the files the open scripts' runs named last time: checked
 * with the open files at once, so a check runs twice only when a script starts naming another file.
 */
export async function checkOpenDocuments(
  documents: OpenDocument[],
  folders: string[],
  named = new Map<string, string[]>(),
): Promise<OpenCheck[]> {
  const groups = new Map<string, OpenFile[]>();
  for (const file of openFiles(documents)) {
    const cwd = startFolder(file.path, folders);
    groups.set(cwd, [...(groups.get(cwd) ?? []), file]);
  }
  const checks: OpenCheck[] = [];
  for (const [cwd, files] of groups) {
    const open = new Map(
      files.map(({ path, document: d }) => [path, { uri: d.uri, version: d.version, text: d.getText() }]),
    );
    const sources = new Map([...open].map(([path, snapshot]) => [path, snapshot.text]));
    // A buffer never saved has no file for check() to select; it is checked once it is.
    const opened = files.map((f) => f.path).filter((path) => existsSync(path));
    if (opened.length === 0) continue;
    const select = (extra: string[]) => [...new Set([...opened, ...extra])].filter((path) => existsSync(path));
    let paths = select(named.get(cwd) ?? []);
    let report = await check({ cwd, paths, sources });
    const now = namedByOpenScripts(report, open);
    named.set(cwd, now);
    if (now.some((path) => !paths.includes(path) && existsSync(path))) {
      paths = select(now);
      report = await check({ cwd, paths, sources });
    }
    checks.push({ report, open });
  }
  return checks;
}

/** The config files the runs of open scripts name, by absolute path. */
function namedByOpenScripts(report: Report, open: Map<string, Snapshot>): string[] {
  const files = report.runs
    .filter((run) => open.has(resolve(report.root, run.script)))
    .flatMap((run) => [run.data, run.model, run.tool])
    .filter((file): file is string => file !== undefined);
  return [...new Set(files.map((file) => resolve(report.root, file)))];
}
