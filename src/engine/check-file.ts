// One loaded JSON file through the file rules. Split from loading so the runs can be built in
// between (file rules see the runs that name a file) and so every file's schema verdict is known
// before any rule reads a paired file.

import { DEFAULT_RELEASE } from "../generated/releases.js";
import type { LoadedDocument } from "../project/load-document.js";
import type { Run, Task } from "../project/run-model.js";
import type { Diagnostic, FileEntry } from "../types.js";
import { compareDiagnostics } from "./compare-diagnostics.js";
import { FileContext } from "./file-context.js";
import { type RuleSettings, runFileRules } from "./run-file-rules.js";

export interface FileCheckOptions {
  release?: string;
  /** Runs whose scripts name this file. */
  runs?: Run[];
  task?: { task: Task; source: string } | undefined;
}

/** The context of one file, whose usable value can be read before any rule runs. */
export function fileContext(loaded: LoadedDocument, options: FileCheckOptions = {}): FileContext {
  const ctx = new FileContext(loaded, options.release ?? DEFAULT_RELEASE);
  ctx.runs = options.runs ?? [];
  if (options.task) ctx.task = options.task;
  return ctx;
}

const NO_VALUES: ReadonlyMap<string, unknown> = new Map();

/** Runs the file rules; `usable` holds the usable value of every file of the check. */
export function checkFile(
  ctx: FileContext,
  settings: RuleSettings = {},
  usable: ReadonlyMap<string, unknown> = NO_VALUES,
): { entry: FileEntry; diagnostics: Diagnostic[] } {
  ctx.usableValues = usable;
  const diagnostics = runFileRules(ctx, settings).sort(compareDiagnostics);
  const entry: FileEntry = { file: ctx.file, kind: ctx.kind ?? "unknown", ...(ctx.role ? { role: ctx.role } : {}) };
  return { entry, diagnostics };
}
