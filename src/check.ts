// The library's main job: check files, folders or globs and return a Report. JSON files are
// parsed and classified, launch scripts evaluated into runs, then the file rules and the run
// rules run. Never prints, never exits; usage problems reject with a UsageError.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { checkLoaded, type LoadedDocument, loadDocument } from "./engine/check-document.js";
import { compareDiagnostics } from "./engine/compare-diagnostics.js";
import type { TreeFile } from "./engine/run-context.js";
import { runFsRules, runRunRules } from "./engine/run-run-rules.js";
import { FsCache } from "./fs/fs-cache.js";
import { discover, findScripts, UsageError } from "./project/discover.js";
import { loadRuns, type ScriptTarget } from "./project/load-runs.js";
import { relativePosix } from "./project/paths.js";
import { taskOfPath } from "./project/run-entry.js";
import { runEntry } from "./project/run-entry-json.js";
import type { Run, Task } from "./project/run-model.js";
import { DEFAULT_RELEASE, isRelease, RELEASES } from "./releases/release-data.js";
import { assertRuleSettings } from "./rules/settings.js";
import { readSettingsFile } from "./settings-file.js";
import type { CheckOptions, Diagnostic, FileEntry, Report } from "./types.js";

export async function check(options: CheckOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const { root, targets } = await discover(options.paths?.length ? options.paths : ["."], cwd, options.root);
  const fileSettings = readSettingsFile(root);
  const release = options.release ?? fileSettings.release ?? DEFAULT_RELEASE;
  if (!isRelease(release)) throw new UsageError(`Unsupported release "${release}"; supported: ${RELEASES.join(", ")}.`);
  const settings = { ...fileSettings.rules, ...options.rules };
  assertRuleSettings(settings);
  const rel = (path: string) => relativePosix(root, path);

  const documents = new Map<string, LoadedDocument>();
  const jsonTargets = targets.filter((t) => !t.path.endsWith(".sh"));
  const texts = await Promise.all(jsonTargets.map((t) => readFile(t.path, "utf8")));
  jsonTargets.forEach((t, i) => {
    const loaded = loadDocument(rel(t.path), texts[i]!, t.explicit);
    if (loaded) documents.set(loaded.file, loaded);
  });
  const named = targets.filter((t) => t.explicit);
  let scripts = targets
    .filter((t) => t.path.endsWith(".sh"))
    .map((s) => ({ path: s.path, file: rel(s.path), explicit: s.explicit }));
  let keep = (_run: Run, _script: ScriptTarget) => true;
  if (named.length === targets.length) {
    // Only files were named (pre-commit passes the changed ones): also evaluate every launch script
    // under the root that names one of them, so a changed model file meets its cross-file rules.
    const namedFiles = new Set(named.map((t) => rel(t.path)));
    // Only scripts whose text mentions a named file's path (from the root, or absolute) can name it:
    // a cheap filter before parsing. A path the script assembles from variables is missed.
    const names = named.flatMap((t) => [rel(t.path), t.path]);
    const others = (await findScripts(root)).filter((p) => !targets.some((t) => t.path === p) && mentionsAny(p, names));
    scripts = [...scripts, ...others.map((p) => ({ path: p, file: rel(p), explicit: false }))];
    keep = (run, script) =>
      script.explicit || Object.values(run.configs).some((c) => c?.file !== undefined && namedFiles.has(c.file));
  }
  const runs = await loadRuns(scripts, root, documents, keep);

  const files: FileEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const tree: TreeFile[] = [];
  for (const loaded of documents.values()) {
    const naming = runs.filter((r) => Object.values(r.configs).some((c) => c?.file === loaded.file));
    const result = checkLoaded(loaded, { settings, release, runs: naming, task: taskFor(loaded.file, naming) });
    files.push(result.entry);
    diagnostics.push(...result.diagnostics);
    for (const ref of naming.flatMap((r) => Object.values(r.configs)))
      if (ref?.file === loaded.file) ref.valid = result.valid;
    if (result.valid)
      tree.push({
        file: loaded.file,
        value: loaded.doc.value,
        ...(loaded.kind ? { kind: loaded.kind } : {}),
        ...(loaded.role ? { role: loaded.role } : {}),
      });
  }
  for (const run of runs) diagnostics.push(...runRunRules(run, release, settings, runs, tree));
  if (options.checkPaths) {
    const fs = new FsCache(root, options.onProgress, options.jobs);
    for (const run of runs) diagnostics.push(...(await runFsRules(run, release, settings, fs)));
  }

  const unique = dedupe(diagnostics).sort(compareDiagnostics);
  return {
    version: 1,
    root,
    release,
    files,
    runs: runs.map(runEntry),
    diagnostics: unique,
    summary: {
      files: files.length,
      runs: runs.length,
      errors: unique.filter((d) => d.severity === "error").length,
      warnings: unique.filter((d) => d.severity === "warning").length,
      infos: unique.filter((d) => d.severity === "info").length,
    },
  };
}

function mentionsAny(path: string, names: string[]): boolean {
  const text = readFileSync(path, "utf8");
  return names.some((n) => text.includes(n));
}

/** The task a file serves: from the runs that name it, else from its path. */
function taskFor(file: string, runs: Run[]): { task: Task; source: string } | undefined {
  const run = runs.find((r) => r.task);
  if (run?.task) return { task: run.task, source: `${run.taskSource ?? "the run"} of ${run.script}` };
  const fromPath = taskOfPath(file);
  return fromPath ? { task: fromPath, source: "the file's path" } : undefined;
}

/** A file named by several runs is checked once; identical findings from several runs collapse. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\u0000${d.file}\u0000${d.pointer}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
