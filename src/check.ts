// The library's main job: check files, folders or globs and return a Report. JSON files are
// parsed and classified, launch scripts evaluated into runs, then the file rules and the run
// rules run. Never prints, never exits; usage problems reject with a UsageError.
import { resolve } from "node:path";
import { assertCheckOptions } from "./check-options.js";
import { checkFile, fileContext } from "./engine/check-file.js";
import { compareDiagnostics } from "./engine/compare-diagnostics.js";
import { dedupeDiagnostics } from "./engine/dedupe-diagnostics.js";
import type { TreeFile } from "./engine/run-context.js";
import { checkRun } from "./engine/run-run-rules.js";
import { scriptFaultDiagnostics } from "./engine/script-fault-diagnostics.js";
import { UsageError } from "./errors.js";
import { FsCache } from "./fs/fs-cache.js";
import { sourceReader } from "./fs/source-reader.js";
import { DEFAULT_RELEASE, RELEASES } from "./generated/releases.js";
import { packageVersion } from "./package-root.js";
import { selectFiles, type Target } from "./project/discover.js";
import { taskOfPath } from "./project/entry-and-task.js";
import { findRoot } from "./project/find-root.js";
import { type LoadedDocument, loadDocument, unreadableDocument } from "./project/load-document.js";
import { loadRuns } from "./project/load-runs.js";
import { relativePosix } from "./project/paths.js";
import type { Run, Task } from "./project/run-model.js";
import { summarizeRun } from "./project/run-summary.js";
import { openScriptCache } from "./project/script-cache.js";
import { scriptsToEvaluate } from "./project/scripts-to-evaluate.js";
import { isRelease } from "./releases/release-data.js";
import { ruleSettings } from "./rules/settings.js";
import { ignoredBySettings, readSettingsFile } from "./settings-file.js";
import type { CheckOptions, Diagnostic, FileEntry, Report } from "./types.js";

export async function check(options: CheckOptions = {}): Promise<Report> {
  assertCheckOptions(options);
  const cwd = options.cwd ?? process.cwd();
  const source = options.source && { path: resolve(cwd, options.source.path), text: options.source.text };
  const found: Target[] = source
    ? [{ path: source.path, explicit: true }]
    : await selectFiles(options.paths?.length ? options.paths : ["."], cwd);
  const root = findRoot(
    cwd,
    found.map((t) => t.path),
    options.root,
  );
  const fileSettings = readSettingsFile(root);
  const release = options.release ?? fileSettings.release ?? DEFAULT_RELEASE;
  if (!isRelease(release)) throw new UsageError(`Unsupported release "${release}"; supported: ${RELEASES.join(", ")}.`);
  const settings = ruleSettings({ ...fileSettings.rules, ...options.rules });
  const rel = (path: string) => relativePosix(root, path);
  const ignored = ignoredBySettings(fileSettings);
  const targets = found.filter((t) => !ignored(rel(t.path)));
  const buffers = new Map(options.sources ?? []);
  if (source) buffers.set(source.path, source.text);
  const reader = sourceReader(buffers);

  const documents = new Map<string, LoadedDocument>();
  const jsonTargets = targets.filter((t) => !t.path.endsWith(".sh"));
  const reads = jsonTargets.map((t) => reader.readSync(t.path));
  jsonTargets.forEach((t, i) => {
    const read = reads[i]!;
    const how = { explicit: t.explicit };
    const loaded = read.ok
      ? loadDocument(rel(t.path), read.bytes, how)
      : unreadableDocument(rel(t.path), read.fault, how);
    if (loaded) documents.set(loaded.file, loaded);
  });
  const selected = new Set([
    ...documents.keys(),
    ...targets.filter((t) => t.path.endsWith(".sh")).map((t) => rel(t.path)),
  ]);
  const scripts = (await scriptsToEvaluate(targets, root, reader)).map((path) => ({ path, file: rel(path) }));
  const cache = scripts.length
    ? openScriptCache(options.cache, { root, cwd }, { version: packageVersion(), release })
    : undefined;
  const { runs: allRuns, faults } = await loadRuns(scripts, root, documents, reader, cache);
  // The runs the report is about: a selected script's, or one that names a selected file. The
  // others are context for rules that follow files across runs.
  const runs = allRuns.filter(
    (r) =>
      selected.has(r.script) || Object.values(r.configs).some((c) => c?.file !== undefined && selected.has(c.file)),
  );

  // Every file's usable value first, so no rule's answer depends on the order files are checked in.
  const contexts = [...documents.values()].map((loaded) => {
    const naming = allRuns.filter((r) => Object.values(r.configs).some((c) => c?.file === loaded.file));
    return fileContext(loaded, { release, runs: naming, task: taskFor(loaded.file, naming) });
  });
  const tree: TreeFile[] = contexts
    .filter((ctx) => ctx.usable !== undefined)
    .map((ctx) => ({
      file: ctx.file,
      value: ctx.usable,
      invalid: ctx.invalid,
      ...(ctx.kind ? { kind: ctx.kind } : {}),
      ...(ctx.role ? { role: ctx.role } : {}),
    }));
  const usable = new Map(tree.map((f) => [f.file, f.value]));
  const files: FileEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const ctx of contexts.filter((c) => selected.has(c.file))) {
    const result = checkFile(ctx, settings, usable);
    files.push(result.entry);
    diagnostics.push(...result.diagnostics);
  }
  const scope = { release, root, runs: allRuns, tree, files: new Set(documents.keys()) };
  diagnostics.push(
    ...scriptFaultDiagnostics(
      faults.filter((f) => selected.has(f.script)),
      settings,
    ),
  );
  const withFs = options.checkPaths ? { ...scope, fs: new FsCache(root, options.onProgress, options.jobs) } : scope;
  for (const run of runs) {
    const found = await checkRun(run, withFs, settings);
    // A run's findings are reported where the user looks: all of them for a selected script, else
    // those in a selected file.
    diagnostics.push(...(selected.has(run.script) ? found : found.filter((d) => selected.has(d.file))));
  }

  const unique = dedupeDiagnostics(diagnostics).sort(compareDiagnostics);
  return {
    version: 1,
    root,
    release,
    files,
    runs: runs.map(summarizeRun),
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

/** The task a file serves: from the runs that name it, else from its path. */
function taskFor(file: string, runs: Run[]): { task: Task; source: string } | undefined {
  const run = runs.find((r) => r.task);
  if (run?.task) return { task: run.task, source: `${run.taskSource ?? "the run"} of ${run.script}` };
  const fromPath = taskOfPath(file);
  return fromPath ? { task: fromPath, source: "the file's path" } : undefined;
}
