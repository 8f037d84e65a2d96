// Entry of a scan worker thread: scans one byte range of a JSON Lines dataset and posts back its
// record and line counts and its capped findings. Loads only the scan's own small modules; the
// schema validator and the lenient JSON parser load on the first record that needs them.
import { parentPort, workerData } from "node:worker_threads";
import { CappedFindings } from "./capped-findings.js";
import { DirIndex } from "./dir-index.js";
import { FolderFiles } from "./folder-files.js";
import { RecordChecker } from "./record-checker.js";
import type { RecordKind } from "./record-shape.js";
import { openRegular } from "./safe-read.js";
import { scanLines } from "./scan-lines.js";

export interface WorkerTask {
  path: string;
  folder: string;
  kind: RecordKind;
  checkFiles: boolean;
  start: number;
  end: number;
}

export type WorkerMessage =
  | { type: "progress"; records: number }
  | { type: "done"; records: number; lines: number; findings: CappedFindings["byRule"] };

const task = workerData as WorkerTask;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const findings = new CappedFindings();
const checker = new RecordChecker(
  {
    kind: task.kind,
    checkFiles: task.checkFiles,
    checkBasenames: false,
    onProgress: (records) => post({ type: "progress", records }),
  },
  findings,
);
const opened = await openRegular(task.path);
if (!opened.ok) throw new Error(`${task.path}: ${opened.fault.reason}`); // the parent opened it a moment ago
try {
  const folder = new FolderFiles(new DirIndex(), task.folder);
  const lines = await scanLines(opened.handle, task.path, { start: task.start, end: task.end }, checker, folder);
  post({ type: "done", records: checker.records, lines, findings: findings.byRule });
} finally {
  await opened.handle.close();
}
