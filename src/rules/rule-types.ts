// The shape of a rule, after eslint: `meta` (id, docs, default severity, message templates)
// and `check(ctx)`, which reports pointers and data; the engine adds file, position, severity.

import type { FileContext } from "../engine/file-context.js";
import type { RunContext } from "../engine/run-context.js";
import type { EntryPoint, ParallelName } from "../project/run-model.js";
import type { FileKind, Severity } from "../types.js";

type RuleScope = "file" | "run" | "fs";
/**
 * When a file rule runs: "read" only on a file that could not be read (and then only it),
 * "document" on every file read, "schema" on files that parsed and have a kind, "semantic" on
 * their usable values (see engine/usable-value.ts).
 */
type RuleStage = "read" | "document" | "schema" | "semantic";

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  scope: RuleScope;
  stage: RuleStage;
  /** Message templates keyed by messageId; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /**
   * Run and fs rules: what the rule reads from its run. When one is unknown the engine does not run
   * the rule and says so (script-value), naming the value and every rule it kept from running.
   */
  needs?: readonly RunNeed[];
  /**
   * Run and fs rules: the entry points the rule is about. It does not run for other runs, and a run
   * whose entry point is unknown counts as an unmet need.
   */
  entries?: readonly EntryPoint[];
  /** File rules: the kinds of file the rule is about; it never runs on another kind. */
  kinds?: readonly FileKind[];
}

/** A parallel value, the entry point, the task, or the usable value of one of the run's files. */
export type RunNeed = ParallelName | "entry" | "task" | "data" | "model" | "tool";

export interface FileRule {
  meta: RuleMeta;
  check(ctx: FileContext): void;
}

export interface RunRule {
  meta: RuleMeta;
  check(ctx: RunContext): void;
}

/** A rule that reads the file system beyond the configs (datasets, checkpoints); asynchronous. */
export interface FsRule {
  meta: RuleMeta;
  check(ctx: RunContext): Promise<void>;
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
