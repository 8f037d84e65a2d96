// What the file-system rules share within one check: directory listings and one records scan per
// dataset, so four rules over a million-record data.jsonl still read it once.
import { DirIndex } from "./dir-index.js";
import type { ProgressListener, RecordsScan, ScanInput } from "./records-scan.js";

export class FsCache {
  readonly dirs = new DirIndex();
  private readonly scans = new Map<string, Promise<RecordsScan>>();

  constructor(
    readonly root: string,
    private readonly onProgress?: ProgressListener,
    /** Threads for large datasets (CheckOptions.jobs); default os.availableParallelism(). */
    private readonly jobs?: number,
  ) {}

  scan(input: ScanInput): Promise<RecordsScan> {
    const key = JSON.stringify(input);
    let scan = this.scans.get(key);
    if (!scan) {
      // Loaded on the first scan: a check without --check-paths never loads the scan's modules.
      scan = import("./records-scan.js").then(({ scanRecords }) =>
        scanRecords(input, this.dirs, this.onProgress, this.jobs !== undefined ? { jobs: this.jobs } : {}),
      );
      this.scans.set(key, scan);
    }
    return scan;
  }
}
