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
    // Bit k set: the file FILE_KEYS[k] names is missing. Each name is looked up once.
    let missing = 0;
    if (this.options.checkFiles)
      for (let k = 0; k < FILE_KEYS.length; k++) {
        const v = r[FILE_KEYS[k]!];
        if (typeof v !== "string" || v === "") continue;
        const found = folder.peek(v);
        if (found === undefined) return folder.load(v).then(() => this.visit(record, file, line, folder));
        if (!found) missing |= 1 << k;
      }
    if (!commonShape(this.options.kind, r)) return this.checkShape(r, file, line, folder, missing);
    this.count();
    if (missing !== 0 || this.options.checkBasenames) this.checkFiles(r, file, line, folder, missing);
    return undefined;
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
