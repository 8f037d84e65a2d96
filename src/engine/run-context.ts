// What a run rule sees: the run (script evaluation, layout, named files) and a report function
// that targets one of the run's files by role, or the script itself; the engine adds positions.

import type { ReportData } from "../findings.js";
import type { FsCache } from "../fs/fs-cache.js";
import type { ParallelName, Run } from "../project/run-model.js";
import type { ScriptArg, SourceSpan } from "../project/script/evaluate-script.js";
import type { FileKind, ModelRole, Severity } from "../types.js";
import { concernsInvalid } from "./usable-value.js";

export type RunTarget = "data" | "model" | "tool" | "script";

export interface RunRelated extends Partial<SourceSpan> {
  target: RunTarget;
  /** For JSON targets, the place in that file (line/column then come from its tree). */
  pointer?: string;
  /** Another file than the run's own (another run's script or config; a pointer then locates in it). */
  file?: string;
  message: string;
}

export interface RunReport {
  target: RunTarget;
  /** A file outside the run's configs (a dataset, a histogram), relative to the root; `at` locates it. */
  file?: string;
  /** JSON pointer for JSON targets; "" or "/VAR" for the script. */
  pointer: string;
  /** For the script target: where to point. */
  at?: SourceSpan;
  keyTarget?: boolean;
  messageId: string;
  data?: ReportData;
  hint?: string;
  related?: RunRelated[];
  severity?: Severity;
}

export interface TreeFile {
  file: string;
  kind?: FileKind;
  role?: ModelRole;
  /** The usable value: members a schema finding rejects are taken out. */
  value: unknown;
  /** Pointers of the members taken out. */
  invalid?: readonly string[];
}

/** What every run of one check shares. */
export interface CheckScope {
  release: string;
  /** Where the launch scripts run from: relative paths in the configs resolve against it. */
  root: string;
  runs: Run[];
  tree: TreeFile[];
  files: ReadonlySet<string>;
  fs?: FsCache;
}

export class RunContext {
  readonly reports: { ruleId: string; report: RunReport }[] = [];
  currentRule = "";
  /** The values of `tree` by file, for lookups. */
  private readonly usableValues: ReadonlyMap<string, unknown>;
  private readonly invalidByFile: ReadonlyMap<string, readonly string[]>;

  readonly release: string;
  readonly root: string;
  /** Every run of the check, for rules that follow files across runs (extraction → training). */
  readonly allRuns: Run[];
  /** Every parsed, classified JSON file of the check, with its usable value (see usable-value.ts). */
  readonly tree: TreeFile[];
  /** Every JSON file the check reports on (whether or not it passed its schema). */
  readonly checkedFiles: ReadonlySet<string>;
  /** Present when paths may be checked (--check-paths). */
  readonly fs?: FsCache;

  constructor(
    readonly run: Run,
    scope: CheckScope,
  ) {
    this.release = scope.release;
    this.root = scope.root;
    this.allRuns = scope.runs;
    this.tree = scope.tree;
    this.checkedFiles = scope.files;
    if (scope.fs) this.fs = scope.fs;
    this.usableValues = new Map(scope.tree.map((f) => [f.file, f.value]));
    this.invalidByFile = new Map(scope.tree.map((f) => [f.file, f.invalid ?? []]));
  }

  report(report: RunReport): void {
    const file =
      report.target === "script" || report.file !== undefined ? undefined : this.run.configs[report.target]?.file;
    const invalid = file !== undefined ? (this.invalidByFile.get(file) ?? []) : [];
    if (concernsInvalid(report.pointer, report.data?.key, invalid)) return; // its schema finding says it
    this.reports.push({ ruleId: this.currentRule, report });
  }

  /** The usable value of a named config file (its members with schema errors taken out). */
  value<T = Record<string, unknown>>(role: "data" | "model" | "tool"): T | undefined {
    return this.valueOf(this.run, role);
  }

  /** The same for another run of the check (extraction runs feeding this one). */
  valueOf<T = Record<string, unknown>>(run: Run, role: "data" | "model" | "tool"): T | undefined {
    const file = run.configs[role]?.file;
    return file !== undefined ? (this.usableValues.get(file) as T | undefined) : undefined;
  }

  /** A parallel value the rule declares in `meta.needs`: the engine runs the rule only when it is known. */
  known(name: ParallelName): number {
    const { value } = this.run.parallel[name];
    if (value === null) throw new Error(`${this.currentRule} read ${name} without declaring it in meta.needs`);
    return value;
  }

  /** The last occurrence of a flag the launch command passes to the Python entry (Megatron keeps the last). */
  arg(flag: string): ScriptArg | undefined {
    const args = this.run.evaluation.launch?.args ?? [];
    for (let i = args.length - 1; i >= 0; i--) if (args[i]!.flag === flag) return args[i];
    return undefined;
  }

  /** A script-targeted report location for an argument. */
  argAt(arg: ScriptArg): { target: "script"; pointer: string; at: SourceSpan } {
    return { target: "script", pointer: "", at: { line: arg.line, column: arg.column } };
  }

  /** A script-targeted report location at the line that set a parallel value. */
  atVariable(name: keyof Run["parallel"]): { target: "script"; pointer: string; at?: SourceSpan } {
    const p = this.run.parallel[name];
    const pointer = /^[A-Z_][A-Z0-9_]*$/.test(p.source) ? `/${p.source}` : "";
    return { target: "script", pointer, ...(p.at ? { at: p.at } : {}) };
  }

  /** A related location pointing at the script line that set a parallel value (TP, CP, …). */
  setAt(name: keyof Run["parallel"]): RunRelated[] {
    const p = this.run.parallel[name];
    return p.at
      ? [
          {
            target: "script",
            line: p.at.line,
            column: p.at.column,
            message: `${p.source} = ${p.value ?? "unknown"} is set here`,
          },
        ]
      : [];
  }
}
