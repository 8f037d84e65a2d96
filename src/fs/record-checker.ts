// The per-record work of a dataset scan: schema shape, the files a record names, feature-name
// collisions. Synchronous for the common record; a promise only when a directory must be listed
// or an unusual record goes to the validator.
import { basename } from "node:path";
import type { CappedFindings } from "./capped-findings.js";
import type { FolderFiles } from "./folder-files.js";
import { commonShape, type RecordKind, recordProblem } from "./record-shape.js";

const FILE_KEYS = ["file", "file_rejected", "path"] as const;
const PROGRESS_EVERY = 100_000;

export interface CheckerOptions {
  kind: RecordKind;
  checkFiles: boolean;
  /** Compare the feature names extraction would derive (needs every name seen: serial scans only). */
  checkBasenames: boolean;
  /** Called with the running record count every 100,000 records. */
  onProgress?: ((records: number) => void) | undefined;
}

const PENDING = -1;

/**
 * Bit k set: the file FILE_KEYS[k] names is missing; PENDING when a directory must be listed
 * first. The keys are read by name, not r[key] in a loop: monomorphic loads, no allocation.
 */
function missingFiles(r: Record<string, unknown>, folder: FolderFiles): number {
  const a = fileBit(folder, r.file, 0);
  const b = fileBit(folder, r.file_rejected, 1);
  const c = fileBit(folder, r.path, 2);
  return a === PENDING || b === PENDING || c === PENDING ? PENDING : a | b | c;
}

function fileBit(folder: FolderFiles, v: unknown, k: number): number {
  if (typeof v !== "string" || v === "") return 0;
  const found = folder.peek(v);
  return found === undefined ? PENDING : found ? 0 : 1 << k;
}

export class RecordChecker {
  records = 0;
  private readonly names = new Map<string, number>();

  constructor(
    private readonly options: CheckerOptions,
    readonly findings: CappedFindings,
  ) {}

  visit(record: unknown, file: string, line: number, folder: FolderFiles): Promise<void> | undefined {
    if (record === null || typeof record !== "object") return this.checkShape(record, file, line, folder, 0);
    const r = record as Record<string, unknown>;
    const missing = this.options.checkFiles ? missingFiles(r, folder) : 0;
    if (missing === PENDING) return this.listThenVisit(r, file, line, folder);
    if (!commonShape(this.options.kind, r)) return this.checkShape(r, file, line, folder, missing);
    this.count();
    if (missing !== 0 || this.options.checkBasenames) this.checkFiles(r, file, line, folder, missing);
    return undefined;
  }

  private async listThenVisit(r: Record<string, unknown>, file: string, line: number, folder: FolderFiles) {
    for (const key of FILE_KEYS) {
      const v = r[key];
      if (typeof v === "string" && v !== "" && folder.peek(v) === undefined) await folder.load(v);
    }
    await this.visit(r, file, line, folder);
  }

  private async checkShape(
    record: unknown,
    file: string,
    line: number,
    folder: FolderFiles,
    missing: number,
  ): Promise<void> {
    const problem = await recordProblem(this.options.kind, record);
    if (problem) this.findings.add("dataset-records", { file, line, ...problem });
    this.count();
    if (record !== null && typeof record === "object")
      this.checkFiles(record as Record<string, unknown>, file, line, folder, missing);
  }

  private count(): void {
    this.records++;
    if (this.options.onProgress && this.records % PROGRESS_EVERY === 0) this.options.onProgress(this.records);
  }

  private checkFiles(
    r: Record<string, unknown>,
    file: string,
    line: number,
    folder: FolderFiles,
    missing: number,
  ): void {
    for (let k = 0; k < FILE_KEYS.length; k++) {
      const key = FILE_KEYS[k]!;
      const value = r[key];
      if (typeof value !== "string" || value === "") continue;
      if (missing & (1 << k))
        this.findings.add("dataset-files", {
          file,
          line,
          pointer: `/${key}`,
          messageId: "missing",
          data: { key, file: value, folder: folder.folder },
        });
      if (this.options.checkBasenames && key !== "file_rejected") this.checkBasename(value, file, line, key);
    }
  }

  private checkBasename(value: string, file: string, line: number, key: string): void {
    const name = basename(value).replace(/\./g, "_");
    const first = this.names.get(name);
    if (first === undefined) this.names.set(name, line);
    else
      this.findings.add("feature-basename-collision", {
        file,
        line,
        pointer: `/${key}`,
        messageId: "collision",
        data: { file: value, name: `${name}.pt`, first },
      });
  }
}
