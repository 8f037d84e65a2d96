// Runs the run rules on each run and locates their reports: in the JSON file the report targets
// (via its parse tree) or on the script line, with related locations for the script lines that
// set the values involved.

import type { Run } from "../project/run-model.js";
import { fsRules, runRules } from "../rules/index.js";
import { docsPath, type FsRule, type RunRule } from "../rules/rule-types.js";
import { scriptValue } from "../rules/script-value.js";
import { clip } from "../schema/display.js";
import type { Diagnostic, RelatedLocation, RuleSetting, Severity } from "../types.js";
import { CRASH_MESSAGE_ID, crashData, templateOf } from "./rule-crash.js";
import { type CheckScope, RunContext, type RunRelated, type RunReport, type RunTarget } from "./run-context.js";
import { fillTemplate } from "./run-file-rules.js";
import { type SkipCause, unmetNeed } from "./run-needs.js";

/**
 * The run rules on one run, then (with --check-paths) the fs rules. A rule whose `meta.needs` are
 * not all known is not run; each cause is reported once, under script-value, with the rules it
 * kept from running.
 */
export async function checkRun(
  run: Run,
  scope: CheckScope,
  settings: Record<string, RuleSetting> = {},
): Promise<Diagnostic[]> {
  const ctx = new RunContext(run, scope);
  const skipped = new Map<string, { cause: SkipCause; rules: string[] }>();
  const rules: (RunRule | FsRule)[] = [...Object.values(runRules), ...(scope.fs ? Object.values(fsRules) : [])];
  for (const rule of rules) {
    if (settings[rule.meta.id] === "off") continue;
    const { entries, needs = [] } = rule.meta;
    if (entries && run.entry && !entries.includes(run.entry)) continue; // not about this kind of run
    const causes = [...(entries ? ["entry" as const] : []), ...needs]
      .map((need) => unmetNeed(ctx, need))
      .filter((c) => c !== undefined);
    for (const cause of causes) {
      const entry = skipped.get(cause.key) ?? { cause, rules: [] };
      if (lineOf(cause) < lineOf(entry.cause)) entry.cause = cause; // the root: the earliest assignment
      if (!entry.rules.includes(rule.meta.id)) entry.rules.push(rule.meta.id);
      skipped.set(cause.key, entry);
    }
    if (causes.length > 0) continue;
    ctx.currentRule = rule.meta.id;
    try {
      await rule.check(ctx);
    } catch (error) {
      ctx.report({
        target: "script",
        pointer: "",
        messageId: CRASH_MESSAGE_ID,
        data: crashData(rule.meta.id, error),
        severity: "error",
      });
    }
  }
  if (settings[scriptValue.meta.id] !== "off") {
    ctx.currentRule = scriptValue.meta.id;
    for (const { cause, rules: ids } of skipped.values())
      if (cause.report) ctx.report({ ...cause.report, data: { ...cause.report.data, skipped: ids } });
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  byId.set(scriptValue.meta.id, scriptValue);
  return ctx.reports.map(({ ruleId, report }) =>
    toDiagnostic(run, byId.get(ruleId)!, report, settings[ruleId], scope.runs),
  );
}

const lineOf = (cause: SkipCause) => cause.report?.at?.line ?? Number.MAX_SAFE_INTEGER;

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

function related(run: Run, items: RunRelated[] = [], runs: Run[] = []): RelatedLocation[] {
  return items.map((r) => {
    const { target, file } = r;
    const other = target === "script" ? undefined : runs.find((x) => file && x.configs[target]?.file === file);
    const where =
      r.pointer !== undefined
        ? locate(other ?? run, r.target, r.pointer)
        : { line: r.line ?? 1, column: r.column ?? 1 };
    return { file: r.file ?? fileOf(run, r.target), line: where.line, column: where.column, message: r.message };
  });
}

function toDiagnostic(
  run: Run,
  rule: RunRule | FsRule,
  report: RunReport,
  setting: RuleSetting | undefined,
  runs: Run[],
): Diagnostic {
  const range =
    report.file !== undefined
      ? { line: report.at?.line ?? 1, column: report.at?.column ?? 1 }
      : locate(run, report.target, report.pointer, report.at, report.keyTarget);
  const severity: Severity = setting && setting !== "off" ? setting : (report.severity ?? rule.meta.severity);
  const rel = related(run, report.related, runs);
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    file: fileOf(run, report.target, report.file),
    pointer: report.pointer,
    ...range,
    message: fillTemplate(templateOf(rule.meta.messages, report.messageId), report.data),
    ...(report.hint ? { hint: clip(report.hint, 1000) } : {}),
    ...(rel.length > 0 ? { related: rel } : {}),
    docs: docsPath(rule.meta.id),
  };
}
