// One streaming pass over a run's dataset (data.jsonl, a .json array, or `combine` annotation
// files): every record parsed and validated against the dataset-record or dpo-record schema, its
// files looked up, counted, and feature-file names compared; the findings of several rules.
import { readFile } from "node:fs/promises";
import { basename, isAbsolute, join, resolve, sep } from "node:path";
import { JsonDocument } from "../document/json-document.js";
import { validateValue } from "../schema/validators.js";
import { CappedFindings } from "./capped-findings.js";
import { DirIndex } from "./dir-index.js";
import { readLineBatches } from "./read-lines.js";

const FILE_KEYS = ["file", "file_rejected", "path"];

/** os.path.join(folder, value) as MindSpeed-MM does it, normalised only when the value needs it. */
function joinRecordPath(folder: string, value: string): string {
  if (isAbsolute(value)) return value;
  return /(^|[/\\])\.\.?([/\\]|$)|\\/.test(value) ? join(folder, value) : `${folder}${sep}${value}`;
}

export interface ScanInput {
  /** Absolute path of the dataset file. */
  dataPath: string;
  /** Absolute data_folder. */
  dataFolder: string;
  kind: "dataset-record" | "dpo-record";
  /** Check that record files exist. */
  checkFiles: boolean;
  /** Compare the feature names extraction would derive (basename, dots → underscores). */
  checkBasenames: boolean;
  combine: boolean;
}

export interface RecordsScan {
  records: number;
  findings: CappedFindings;
}

export type ProgressListener = (progress: { file: string; records: number }) => void;
const PROGRESS_EVERY = 100_000;

export async function scanRecords(
  input: ScanInput,
  dirs = new DirIndex(),
  onProgress?: ProgressListener,
): Promise<RecordsScan> {
  const findings = new CappedFindings();
  const scan: RecordsScan = { records: 0, findings };
  const names = new Map<string, number>();
  // Synchronous per record; returns a promise only when a directory must be listed first.
  const visit: Visit = (record, file, line, folder) => {
    if (input.checkFiles && record && typeof record === "object") {
      for (const key of FILE_KEYS) {
        const v = (record as Record<string, unknown>)[key];
        if (typeof v !== "string" || v === "") continue;
        const path = joinRecordPath(folder, v);
        if (dirs.peek(path) === undefined) return dirs.has(path).then(() => visit(record, file, line, folder));
      }
    }
    visitListed(record, file, line, folder);
    return undefined;
  };
  const visitListed = (record: unknown, file: string, line: number, folder: string): void => {
    scan.records++;
    if (onProgress && scan.records % PROGRESS_EVERY === 0) onProgress({ file, records: scan.records });
    const errors = validateValue(input.kind, record);
    for (const e of errors.slice(0, 1)) {
      const missing = e.keyword === "required" ? String(e.params.missingProperty) : undefined;
      findings.add("dataset-records", {
        file,
        line,
        pointer: missing ? "" : e.instancePath,
        messageId: missing ? "missing" : "invalid",
        data: missing ? { key: missing } : { path: e.instancePath || "the record", problem: e.message ?? e.keyword },
      });
    }
    if (!record || typeof record !== "object") return;
    const r = record as Record<string, unknown>;
    for (const key of FILE_KEYS) {
      const value = r[key];
      if (typeof value !== "string" || value === "") continue;
      const path = joinRecordPath(folder, value);
      if (input.checkFiles && !dirs.peek(path)) {
        findings.add("dataset-files", {
          file,
          line,
          pointer: `/${key}`,
          messageId: "missing",
          data: { key, file: value, folder },
        });
      }
      if (input.checkBasenames && key !== "file_rejected") {
        const name = basename(value).replace(/\./g, "_");
        const first = names.get(name);
        if (first !== undefined)
          findings.add("feature-basename-collision", {
            file,
            line,
            pointer: `/${key}`,
            messageId: "collision",
            data: { file: value, name: `${name}.pt`, first },
          });
        else names.set(name, line);
      }
    }
  };
  if (input.combine) {
    for await (const batch of readLineBatches(input.dataPath)) {
      for (const text of batch.lines) {
        const [folder, annotation] = text.split(",").map((s) => s.trim());
        if (!folder || !annotation) continue;
        await scanFile(resolve(input.dataFolder, annotation), resolve(input.dataFolder, folder), visit, findings);
      }
    }
  } else {
    await scanFile(input.dataPath, input.dataFolder, visit, findings);
  }
  return scan;
}

type Visit = (record: unknown, file: string, line: number, folder: string) => Promise<void> | undefined;

async function scanFile(path: string, folder: string, visit: Visit, findings: CappedFindings): Promise<void> {
  if (path.endsWith(".json")) {
    const doc = new JsonDocument(await readFile(path, "utf8"));
    const root = doc.parsed.root;
    if (root?.type !== "array") {
      findings.add("dataset-records", { file: path, line: 1, pointer: "", messageId: "notArray", data: {} });
      return;
    }
    const values = doc.value as unknown[];
    for (const [i, item] of root.items.entries())
      await visit(values[i], path, doc.lines.position(item.offset).line, folder);
    return;
  }
  for await (const batch of readLineBatches(path)) {
    for (let i = 0; i < batch.lines.length; i++) {
      const text = batch.lines[i]!;
      if (text.trim() === "") continue; // MindSpeed-MM skips blank lines
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        // JSON.parse is the fast path; Python's json.loads (and our parser) also accept NaN and Infinity.
        const doc = new JsonDocument(text);
        if (!doc.ok) {
          findings.add("dataset-records", {
            file: path,
            line: batch.first + i,
            pointer: "",
            messageId: "syntax",
            data: { problem: doc.parsed.syntax?.message ?? "invalid JSON" },
          });
          continue;
        }
        record = doc.value;
      }
      const pending = visit(record, path, batch.first + i, folder);
      if (pending) await pending;
    }
  }
}
