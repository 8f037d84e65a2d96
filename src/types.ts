// Public types shared by the library, the CLI and the formatters: the contract of
// design/architecture.md (diagnostic shape, report, options). Config shapes are generated.
import type { ModelRole, SchemaKind } from "./generated/kinds.js";

export type Severity = "error" | "warning" | "info";
export type RuleSetting = Severity | "off";

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * An edit that resolves a diagnostic, as eslint's: replace the text between the two offsets
 * (UTF-16 code units into the decoded file text, end exclusive) with `text`.
 */
export interface Fix {
  range: [number, number];
  text: string;
  /** Short enough for an editor's code action: "Replace 48.0 with 48". */
  title: string;
}

export interface Diagnostic {
  ruleId: string;
  /** Which of the rule's messages (a key of its `meta.messages`); stable, unlike the wording. */
  messageId: string;
  severity: Severity;
  /** Path relative to the root, POSIX separators. */
  file: string;
  /** RFC 6901 JSON pointer into the file ("" = whole file). */
  pointer: string;
  /** 1-based; columns count characters. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  hint?: string;
  related?: RelatedLocation[];
  docs?: string;
  /** The safe mechanical edit that resolves it, when there is exactly one (`check --fix` applies it). */
  fix?: Fix;
}

export type FileKind = SchemaKind;
export type { ModelRole } from "./generated/kinds.js";

export interface FileEntry {
  file: string;
  kind: FileKind | "unknown";
  role?: ModelRole;
}

export interface RunEntry {
  script: string;
  entry: string;
  task?: "t2v" | "i2v";
  data?: string;
  model?: string;
  tool?: string;
  parallel: Record<string, number | null>;
}

export interface Summary {
  files: number;
  runs: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  version: 1;
  root: string;
  release: string;
  files: FileEntry[];
  runs: RunEntry[];
  diagnostics: Diagnostic[];
  summary: Summary;
}

export interface CheckOptions {
  /** Files, directories or globs; default ["."]. Relative ones resolve against `cwd`. */
  paths?: string[];
  /** Default process.cwd(). */
  cwd?: string;
  /** Where launch scripts run from; default the directory given, else `cwd`. */
  root?: string;
  /** MindSpeed-MM release the files target; default "26.0.0". */
  release?: string;
  /** Severity per rule id. */
  rules?: Record<string, RuleSetting>;
  /** Also check what the configs point at: checkpoints, datasets, DPO side files, prompt lists. */
  checkPaths?: boolean;
  /** Called every 100,000 dataset records during --check-paths scans (the CLI shows it on a TTY). */
  onProgress?: (progress: { file: string; records: number }) => void;
  /** Threads that scan a large dataset (over 16 MB) with --check-paths; default os.availableParallelism(). */
  jobs?: number;
  /**
   * Unsaved contents by absolute path (an editor's open buffers), read instead of the files on disk
   * for the configs and launch scripts the check loads.
   */
  sources?: ReadonlyMap<string, string>;
}
