// Scans a dataset stored as one JSON array (.json): parsed whole with positions, so each record's
// findings carry the line its object starts on. Size-limited: large datasets belong in JSON Lines.
import { JsonDocument } from "../document/json-document.js";
import type { FolderFiles } from "./folder-files.js";
import type { RecordChecker } from "./record-checker.js";
import { type FileFault, readText } from "./safe-read.js";

export async function scanJsonArray(
  path: string,
  checker: RecordChecker,
  folder: FolderFiles,
  limit: number,
): Promise<FileFault | undefined> {
  const read = await readText(path, limit);
  if (!read.ok) return read.fault;
  const doc = new JsonDocument(read.text);
  const root = doc.parsed.root;
  if (root?.type !== "array") {
    checker.findings.add("dataset-records", { file: path, line: 1, pointer: "", messageId: "notArray", data: {} });
    return undefined;
  }
  const values = doc.value as unknown[];
  for (const [i, item] of root.items.entries())
    await checker.visit(values[i], path, doc.lines.position(item.offset).line, folder);
  return undefined;
}
