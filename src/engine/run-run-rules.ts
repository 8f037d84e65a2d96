// Runs the run rules on each run and locates their reports: in the JSON file the report targets
// (via its parse tree) or on the script line, with related locations for the script lines that
// set the values involved.

import type { FsCache } from "../fs/fs-cache.js";
import type { Run } from "../project/run-model.js";
import { fsRules, runRules } from "../rules/index.js";
import { docsPath, type FsRule, type RunRule } from "../rules/rule-types.js";
import type { Diagnostic, RelatedLocation, RuleSetting, Severity } from "../types.js";
import { type CheckScope, RunContext, type RunRelated, type RunReport, type RunTarget } from "./run-context.js";
import { fillTemplate } from "./run-file-rules.js";

export function runRunRules(run: Run, scope: CheckScope, settings: Record<string, RuleSetting> = {}): Diagnostic[] {
  const ctx = new RunContext(run, scope);
  for (const rule of Object.values(runRules)) {
    if (settings[rule.meta.id] === "off") continue;
    ctx.currentRule = rule.meta.id;
    rule.check(ctx);
  }
  return ctx.reports.map(({ ruleId, report }) => toDiagnostic(run, runRules[ruleId]!, report, settings[ruleId]));
}

/** The rules that read the file system beyond the configs (only with --check-paths). */
export async function runFsRules(
  run: Run,
  scope: CheckScope & { fs: FsCache },
  settings: Record<string, RuleSetting> = {},
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const rule of Object.values(fsRules)) {
    if (settings[rule.meta.id] === "off") continue;
    const ctx = new RunContext(run, scope);
    ctx.currentRule = rule.meta.id;
    await rule.check(ctx);
    diagnostics.push(...ctx.reports.map(({ ruleId, report }) => toDiagnostic(run, rule, report, settings[ruleId])));
  }
  return diagnostics;
}

function fileOf(run: Run, target: RunTarget, file?: string): string {
  if (file !== undefined) return file;
  return target === "script" ? run.script : (run.configs[target]?.file ?? run.script);
}

function locate(run: Run, target: RunTarget, pointer: string, at?: { line: number; column: number }, key?: boolean) {
  const doc = target === "script" ? undefined : run.configs[target]?.doc;
  if (doc?.ok) return doc.range(pointer, key ? "key" : "value");
  const where = at ??
    (target === "script" ? { line: 1, column: 1 } : run.configs[target]?.at) ?? { line: 1, column: 1 };
  return { line: where.line, column: where.column };
}

function related(run: Run, items: RunRelated[] = []): RelatedLocation[] {
  return items.map((r) => {
    const where =
      r.pointer !== undefined ? locate(run, r.target, r.pointer) : { line: r.line ?? 1, column: r.column ?? 1 };
    return { file: r.file ?? fileOf(run, r.target), line: where.line, column: where.column, message: r.message };
  });
}

function toDiagnostic(
  run: Run,
  rule: RunRule | FsRule,
  report: RunReport,
  setting: RuleSetting | undefined,
): Diagnostic {
  const range =
    report.file !== undefined
      ? { line: report.at?.line ?? 1, column: report.at?.column ?? 1 }
      : locate(run, report.target, report.pointer, report.at, report.keyTarget);
  const severity: Severity = setting && setting !== "off" ? setting : (report.severity ?? rule.meta.severity);
  const rel = related(run, report.related);
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    file: fileOf(run, report.target, report.file),
    pointer: report.pointer,
    ...range,
    message: fillTemplate(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
    ...(report.hint ? { hint: report.hint } : {}),
    ...(rel.length > 0 ? { related: rel } : {}),
    docs: docsPath(rule.meta.id),
  };
}
