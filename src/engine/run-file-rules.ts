// Runs the file rules on one file in stage order and turns their reports into located
// diagnostics: message from the rule's template, range from the parse tree, severity from the
// user's settings, the finding itself, or the rule's default.

import type { ReportData, RuleReport } from "../findings.js";
import { fileRules } from "../rules/index.js";
import { docsPath, type FileRule } from "../rules/rule-types.js";
import { clip, showData } from "../schema/display.js";
import type { Diagnostic, FileKind, Fix, RuleSetting, Severity } from "../types.js";
import type { FileContext } from "./file-context.js";
import { CRASH_MESSAGE_ID, crashData, templateOf } from "./rule-crash.js";

export type RuleSettings = Record<string, RuleSetting>;

/** The file rules of each stage that apply to a kind, in registry order; worked out once per kind
 *  (validate() runs them per call). Each entry has one shape, so the loops read it cheaply. */
interface StagedRule {
  id: string;
  /** A read-stage rule runs only on a file that could not be read; every other only on one that could. */
  forFaults: boolean;
  stage: FileRule["meta"]["stage"];
  rule: FileRule;
}
interface StageRules {
  early: StagedRule[];
  schema: StagedRule[];
  semantic: StagedRule[];
}
const rules = Object.values(fileRules);
const byKind = new Map<FileKind | undefined, StageRules>();
function rulesFor(kind: FileKind | undefined): StageRules {
  let found = byKind.get(kind);
  if (!found) {
    const forKind = rules
      .filter((r) => !r.meta.kinds || (kind !== undefined && r.meta.kinds.includes(kind)))
      .map(
        (rule): StagedRule => ({
          id: rule.meta.id,
          forFaults: rule.meta.stage === "read",
          stage: rule.meta.stage,
          rule,
        }),
      );
    found = {
      early: forKind.filter((r) => r.stage === "read" || r.stage === "document"),
      schema: forKind.filter((r) => r.stage === "schema"),
      semantic: forKind.filter((r) => r.stage === "semantic"),
    };
    byKind.set(kind, found);
  }
  return found;
}

export function runFileRules(ctx: FileContext, settings: RuleSettings = {}): Diagnostic[] {
  const stages = rulesFor(ctx.kind);
  const faulted = ctx.fault !== undefined;
  const anyOff = Object.values(settings).includes("off");
  const enabled = (r: StagedRule) => r.forFaults === faulted && !(anyOff && settings[r.id] === "off");
  for (const r of stages.early) if (enabled(r)) run(ctx, r);
  if (ctx.doc.ok && ctx.kind) {
    for (const r of stages.schema) if (enabled(r)) run(ctx, r);
    if (ctx.usable !== undefined) {
      for (const r of stages.semantic) if (enabled(r)) run(ctx, r);
    }
  }
  return ctx.reports.map(({ ruleId, report }) => toDiagnostic(ctx, fileRules[ruleId]!, report, settings[ruleId]));
}

function run(ctx: FileContext, { id, stage, rule }: StagedRule): void {
  ctx.currentRule = id;
  ctx.stage = stage;
  try {
    rule.check(ctx);
  } catch (error) {
    ctx.report({ pointer: "", messageId: CRASH_MESSAGE_ID, data: crashData(id, error), severity: "error" });
  }
}

export function fillTemplate(template: string, data: ReportData = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in data ? showData(data[name]) : whole));
}

function toDiagnostic(
  ctx: FileContext,
  rule: FileRule,
  report: RuleReport,
  setting: RuleSetting | undefined,
): Diagnostic {
  const range =
    report.offset !== undefined
      ? ctx.doc.rangeAt(report.offset, report.length ?? 1)
      : ctx.doc.range(report.pointer, report.target);
  const template = templateOf(rule.meta.messages, report.messageId);
  const severity: Severity = setting && setting !== "off" ? setting : (report.severity ?? rule.meta.severity);
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    file: ctx.file,
    pointer: report.pointer,
    ...range,
    message: fillTemplate(template, report.data),
    ...(report.hint ? { hint: clip(report.hint, 1000) } : {}),
    docs: docsPath(rule.meta.id),
    ...locatedFix(ctx, report),
  };
}

/** The report's fix in absolute offsets; dropped when its pointer is not in the file. */
function locatedFix(ctx: FileContext, report: RuleReport): { fix?: Fix } {
  if (!report.fix) return {};
  const span = ctx.doc.span(report.pointer, report.fix.target ?? report.target ?? "value");
  return span ? { fix: { range: span, text: report.fix.text, title: report.fix.title } } : {};
}
