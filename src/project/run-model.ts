// A run as MindSpeed-MM sees it: one launch script, its entry point and parallel layout, and the
// data/model/tool files it names (each parsed once, shared with the file checks).
import type { JsonDocument } from "../document/json-document.js";
import type { FileFault } from "../fs/file-fault.js";
import type { FileKind, ModelRole } from "../types.js";
import type { ScriptEvaluation, SourceSpan } from "./script/evaluate-script.js";

/** The job a script starts; each reads the model file of the role with the same name. */
export type EntryPoint = ModelRole;
export type Task = "t2v" | "i2v";
export type ParallelName = "TP" | "PP" | "VP" | "CP" | "MBS" | "GBS" | "NPUS_PER_NODE" | "NNODES" | "WORLD_SIZE" | "DP";

/** A number from the script, or null when it cannot be known; `at` is where it was set. */
export interface ParallelValue {
  value: number | null;
  /** Where the value was written (the variable assignment when one is known, else the flag). */
  at?: SourceSpan;
  /** The variable or flag it came from, for messages ("TP", "--tensor-model-parallel-size"). */
  source: string;
  /** Why it is unknown. */
  unknown?: string;
}

/** The flag that names each config file on the launch command. */
export const CONFIG_FLAGS = { data: "--mm-data", model: "--mm-model", tool: "--mm-tool" } as const;

export interface ConfigRef {
  role: keyof typeof CONFIG_FLAGS;
  /** As written in the script. */
  written: string;
  /** Relative to the root, POSIX; undefined when unknown. */
  file?: string;
  at: SourceSpan;
  exists: boolean;
  kind?: FileKind;
  modelRole?: ModelRole;
  doc?: JsonDocument;
  /** Why the file could not be read (a FIFO, a directory, an I/O error). */
  fault?: FileFault;
}

export interface Run {
  script: string;
  evaluation: ScriptEvaluation;
  entry?: EntryPoint;
  task?: Task;
  taskSource?: string;
  parallel: Record<ParallelName, ParallelValue>;
  configs: Partial<Record<ConfigRef["role"], ConfigRef>>;
}
