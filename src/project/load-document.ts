// One JSON file read into the pipeline: parsed with positions, classified by content (else by
// name), and a model file given its role. No rule runs here; the engine checks it later.
import { JsonDocument } from "../document/json-document.js";
import type { FileFault } from "../fs/file-fault.js";
import { modelRole } from "../schema/validators.js";
import type { FileKind, ModelRole } from "../types.js";
import { classifyContent, kindFromName } from "./classify.js";

export interface LoadedDocument {
  /** Path shown in diagnostics (relative to the root). */
  file: string;
  doc: JsonDocument;
  kind?: FileKind;
  role?: ModelRole;
  /** Named by the user (not found by walking a folder), or by a script: classified by name when content cannot tell. */
  explicit: boolean;
  /** Why the file could not be read (then `doc` is empty and the kind comes from the name). */
  fault?: FileFault;
}

/** Undefined when the file was found by walking a folder and is no StepVideo config. */
export function loadDocument(
  file: string,
  text: string | Uint8Array | { plain: unknown },
  how: { explicit: boolean },
  kind?: FileKind,
): LoadedDocument | undefined {
  const { explicit } = how;
  const doc = new JsonDocument(text);
  const byContent = !kind && doc.ok ? classifyContent(doc.value, file) : undefined;
  const decided = kind ?? byContent ?? (explicit || !doc.ok ? kindFromName(file) : undefined);
  if (!decided && !explicit) return undefined;
  const role = decided === "model" && doc.ok ? modelRole(doc.value) : undefined;
  return { file, doc, ...how, ...(decided ? { kind: decided } : {}), ...(role ? { role } : {}) };
}

/**
 * A file that could not be read (a FIFO, a directory, too large, an I/O error): reported, never
 * parsed. Undefined when it was found by walking a folder and its name is no StepVideo config's.
 */
export function unreadableDocument(
  file: string,
  fault: FileFault,
  how: { explicit: boolean },
): LoadedDocument | undefined {
  const kind = kindFromName(file);
  if (!kind && !how.explicit) return undefined;
  return { file, doc: new JsonDocument(""), ...how, fault, ...(kind ? { kind } : {}) };
}
