// The library's main job: check files, folders or globs and return a Report. JSON files are
// parsed and classified, launch scripts evaluated into runs, then the file rules and the run
// rules run. Never prints, never exits; usage problems reject with a UsageError.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { checkFile, fileContext } from "./engine/check-file.js";
import { compareDiagnostics } from "./engine/compare-diagnostics.js";
import type { TreeFile } from "./engine/run-context.js";
import { runFsRules, runRunRules } from "./engine/run-run-rules.js";
import { UsageError } from "./errors.js";
import { FsCache } from "./fs/fs-cache.js";
import { DEFAULT_RELEASE, RELEASES } from "./generated/releases.js";
import { discover, findScripts } from "./project/discover.js";
import { taskOfPath } from "./project/entry-and-task.js";
import { type LoadedDocument, loadDocument } from "./project/load-document.js";
import { loadRuns, type ScriptTarget } from "./project/load-runs.js";
import { relativePosix } from "./project/paths.js";
import type { Run, Task } from "./project/run-model.js";
import { summarizeRun } from "./project/run-summary.js";
import { isRelease } from "./releases/release-data.js";
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

  // Every file's schema verdict first, so no rule's answer depends on the order files are checked in.
  const contexts = [...documents.values()].map((loaded) => {
    const naming = runs.filter((r) => Object.values(r.configs).some((c) => c?.file === loaded.file));
    return fileContext(loaded, { release, runs: naming, task: taskFor(loaded.file, naming) });
  });
  const passing = contexts.filter((ctx) => ctx.passesSchema);
  const tree: TreeFile[] = passing.map((ctx) => ({
    file: ctx.file,
    value: ctx.doc.value,
    ...(ctx.kind ? { kind: ctx.kind } : {}),
    ...(ctx.role ? { role: ctx.role } : {}),
  }));
  const schemaValid = new Map(tree.map((f) => [f.file, f.value]));
  const files: FileEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const ctx of contexts) {
    const result = checkFile(ctx, settings, schemaValid);
    files.push(result.entry);
    diagnostics.push(...result.diagnostics);
  }
  const scope = { release, root, runs, tree, files: new Set(documents.keys()) };
  for (const run of runs) diagnostics.push(...runRunRules(run, scope, settings));
  if (options.checkPaths) {
    const fs = new FsCache(root, options.onProgress);
    for (const run of runs) diagnostics.push(...(await runFsRules(run, { ...scope, fs }, settings)));
  }

  const unique = dedupe(diagnostics).sort(compareDiagnostics);
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
