// Scans the records of a JSON Lines file, or of a byte range of it that starts at a line: parse
// each line, report syntax errors and overlong lines by line number, hand records to the checker.
// The serial scan and each scan worker run exactly this.
import type { FileHandle } from "node:fs/promises";
import type { FolderFiles } from "./folder-files.js";
import { type ByteRange, MAX_LINE_CHARS, readLineBatches } from "./read-lines.js";
import type { RecordChecker } from "./record-checker.js";
import { describeFault, ioFault } from "./safe-read.js";

let lenient: typeof import("../document/json-document.js") | undefined;

/** Scans the lines; returns how many lines the range holds (line numbers are 1-based within it). */
export async function scanLines(
  handle: FileHandle,
  path: string,
  range: ByteRange,
  checker: RecordChecker,
  folder: FolderFiles,
  maxLine = MAX_LINE_CHARS,
): Promise<number> {
  let lines = 0;
  try {
    for await (const batch of readLineBatches(handle, range, maxLine)) {
      lines = batch.first - 1 + batch.lines.length;
      for (let i = 0; i < batch.lines.length; i++) {
        const text = batch.lines[i]!;
        const line = batch.first + i;
        if (text === null) {
          checker.findings.add("dataset-records", {
            file: path,
            line,
            pointer: "",
            messageId: "lineTooLong",
            data: { limit: maxLine.toLocaleString("en") },
          });
          continue;
        }
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          if (text.trim() === "") continue; // MindSpeed-MM skips blank lines
          // JSON.parse is the fast path; Python's json.loads (and our parser) also accept NaN and Infinity.
          lenient ??= await import("../document/json-document.js");
          const doc = new lenient.JsonDocument(text);
          if (!doc.ok) {
            const problem = doc.parsed.syntax?.message ?? "invalid JSON";
            checker.findings.add("dataset-records", {
              file: path,
              line,
              pointer: "",
              messageId: "syntax",
              data: { problem },
            });
            continue;
          }
          record = doc.value;
        }
        const pending = checker.visit(record, path, line, folder);
        if (pending) await pending;
      }
    }
  } catch (error) {
    const problem = describeFault(ioFault(error));
    checker.findings.add("dataset-records", {
      file: path,
      line: lines + 1,
      pointer: "",
      messageId: "unreadable",
      data: { path: "the rest of the file", problem },
    });
  }
  return lines;
}
