// One streaming pass over a run's dataset (data.jsonl, a .json array, or `combine` annotation
// files): every record parsed and checked against the dataset-record or dpo-record schema, its
// files looked up, counted, and feature-file names compared; the findings of several rules.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { CappedFindings } from "./capped-findings.js";
import { DirIndex } from "./dir-index.js";
import { describeFault, type FileFault } from "./file-fault.js";
import { FolderFiles } from "./folder-files.js";
import { PARALLEL_MIN_BYTES, scanInWorkers } from "./parallel-scan.js";
import { readLineBatches } from "./read-lines.js";
import { RecordChecker } from "./record-checker.js";
import { openRegular } from "./safe-read.js";
import { scanLines } from "./scan-lines.js";

/** A .json dataset is parsed whole, with positions: larger ones should be JSON Lines. */
const JSON_ARRAY_LIMIT = 64 * 1024 * 1024;

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
  /** Why the dataset file itself could not be read (then nothing else is known). */
  fault?: FileFault;
}

export type ProgressListener = (progress: { file: string; records: number }) => void;

export interface ScanOptions {
  /** Threads for large JSON Lines files; default os.availableParallelism(), 1 scans serially. */
  jobs?: number;
  /** Smallest file scanned in workers (default PARALLEL_MIN_BYTES). */
  parallelMinBytes?: number;
}

export async function scanRecords(
  input: ScanInput,
  dirs = new DirIndex(),
  onProgress?: ProgressListener,
  options: ScanOptions = {},
): Promise<RecordsScan> {
  const findings = new CappedFindings();
  let current = input.dataPath;
  const checker = new RecordChecker(
    { ...input, onProgress: onProgress && ((records) => onProgress({ file: current, records })) },
    findings,
  );
  const folders = new Map<string, FolderFiles>();
  const folderFiles = (folder: string) => {
    let files = folders.get(folder);
    if (!files) {
      files = new FolderFiles(dirs, folder);
      folders.set(folder, files);
    }
    return files;
  };
  const jobs = input.checkBasenames ? 1 : (options.jobs ?? availableParallelism());
  const scanFile = async (path: string, folder: string): Promise<FileFault | undefined> => {
    current = path;
    if (path.endsWith(".json")) {
      const { scanJsonArray } = await import("./json-array-scan.js");
      return scanJsonArray(path, checker, folderFiles(folder), JSON_ARRAY_LIMIT);
    }
    const opened = await openRegular(path);
    if (!opened.ok) return opened.fault;
    try {
      const minBytes = options.parallelMinBytes ?? PARALLEL_MIN_BYTES;
      if (jobs > 1 && opened.size >= minBytes) {
        // Half the threshold per worker at least: 64 cores do not start 64 workers for 20 MB.
        const workers = Math.min(jobs, Math.max(2, Math.floor((2 * opened.size) / minBytes)));
        const base = { path, folder, kind: input.kind, checkFiles: input.checkFiles };
        const before = checker.records;
        const progress = onProgress && ((n: number) => onProgress({ file: path, records: before + n }));
        const parallel = await scanInWorkers(opened.handle, opened.size, base, workers, progress);
        let offset = 0;
        for (const range of parallel.ranges) {
          findings.absorb(range.findings, offset);
          offset += range.lines;
        }
        checker.records += parallel.records;
        return undefined;
      }
      await scanLines(opened.handle, path, {}, checker, folderFiles(folder));
      return undefined;
    } finally {
      await opened.handle.close();
    }
  };

  const scan = (fault?: FileFault): RecordsScan => ({
    records: checker.records,
    findings,
    ...(fault ? { fault } : {}),
  });
  if (!input.combine) return scan(await scanFile(input.dataPath, input.dataFolder));
  const list = await openRegular(input.dataPath);
  if (!list.ok) return scan(list.fault);
  try {
    for await (const batch of readLineBatches(list.handle)) {
      for (const [i, text] of batch.lines.entries()) {
        const [folder, annotation] = (text ?? "").split(",").map((s) => s.trim());
        if (!folder || !annotation) continue;
        const fault = await scanFile(resolve(input.dataFolder, annotation), resolve(input.dataFolder, folder));
        if (fault)
          findings.add("dataset-records", {
            file: input.dataPath,
            line: batch.first + i,
            pointer: "",
            messageId: "unreadable",
            data: { path: annotation, problem: describeFault(fault) },
          });
      }
    }
  } finally {
    await list.handle.close();
  }
  return scan();
}
