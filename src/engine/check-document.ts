// One JSON file through the pipeline: parse → classify → role, then the file rules. Split in two
// so the runs can be built between them (file rules use the runs that name a file).
import { JsonDocument } from "../document/json-document.js";
import { classifyContent, kindFromName } from "../project/classify.js";
import type { Run, Task } from "../project/run-model.js";
import { DEFAULT_RELEASE } from "../releases/release-data.js";
import { modelRole } from "../schema/validators.js";
import type { Diagnostic, FileEntry, FileKind, ModelRole } from "../types.js";
import { compareDiagnostics } from "./compare-diagnostics.js";
import { FileContext } from "./file-context.js";
import { type RuleSettings, runFileRules } from "./run-file-rules.js";

export interface LoadedDocument {
  /** Path shown in diagnostics (relative to the root). */
  file: string;
  doc: JsonDocument;
  kind?: FileKind;
  role?: ModelRole;
  explicit: boolean;
}

/** Undefined when the file was found by walking a folder and is no StepVideo config. */
export function loadDocument(
  file: string,
  text: string | Uint8Array,
  explicit: boolean,
  kind?: FileKind,
): LoadedDocument | undefined {
  const doc = new JsonDocument(text);
  const byContent = doc.ok ? classifyContent(doc.value, file) : undefined;
  const decided = kind ?? byContent ?? (explicit || !doc.ok ? kindFromName(file) : undefined);
  if (!decided && !explicit) return undefined;
  const role = decided === "model" && doc.ok ? modelRole(doc.value) : undefined;
  return { file, doc, explicit, ...(decided ? { kind: decided } : {}), ...(role ? { role } : {}) };
}

export interface DocumentResult {
  entry: FileEntry;
  diagnostics: Diagnostic[];
  /** Parsed, classified and free of schema errors: rules of later stages may read it. */
  valid: boolean;
}

export interface CheckContext {
  settings?: RuleSettings;
  release?: string;
  /** Runs whose scripts name this file. */
  runs?: Run[];
  task?: { task: Task; source: string } | undefined;
}

export function checkLoaded(loaded: LoadedDocument, options: CheckContext = {}): DocumentResult {
  const ctx = new FileContext(
    loaded.file,
    loaded.doc,
    loaded.kind,
    loaded.role,
    loaded.explicit,
    options.release ?? DEFAULT_RELEASE,
  );
  ctx.runs = options.runs ?? [];
  if (options.task) ctx.task = options.task;
  const diagnostics = runFileRules(ctx, options.settings).sort(compareDiagnostics);
  const entry: FileEntry = {
    file: loaded.file,
    kind: loaded.kind ?? "unknown",
    ...(loaded.role ? { role: loaded.role } : {}),
  };
  return { entry, diagnostics, valid: Boolean(loaded.kind && loaded.doc.ok && ctx.schemaValid) };
}
