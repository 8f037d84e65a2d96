// Why a file a config names could not be read, as data for a diagnostic: kept apart from
// safe-read.ts so the public types (RecordsScan) do not pull in Node's fs declarations.
export type FileFault =
  | { reason: "notFile"; type: string }
  | { reason: "tooLarge"; size: number; limit: number }
  | { reason: "io"; code: string; message: string };

/** The fault as the end of a sentence about the path: "is a FIFO, not a regular file". */
export function describeFault(fault: FileFault): string {
  if (fault.reason === "notFile") return `is ${fault.type}, not a regular file`;
  if (fault.reason === "tooLarge")
    return `is ${megabytes(fault.size)}, more than the ${megabytes(fault.limit)} read whole`;
  return `cannot be read (${fault.code})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
