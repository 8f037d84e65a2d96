// What a run rule needs before it can run (rule meta `needs`), and the engine's account of what it
// skipped: a rule whose needed value is unknown does not run, and each unknown value is reported
// once per run, naming why it is unknown, where it was set and every rule it kept from running.

import type { ReportData } from "../findings.js";
import { ENTRY_FILES } from "../project/entry-and-task.js";
import type { ParallelName, Run } from "../project/run-model.js";
import type { RunNeed } from "../rules/rule-types.js";
import type { RunContext, RunReport } from "./run-context.js";

/**
 * Why a needed value is unknown: one per cause, shared by every rule it stops. A cause without a
 * report is one another diagnostic already states (a config file script-config-paths or its own
 * json-syntax/schema findings report; a layout world-size-divisible reports as not whole).
 */
export interface SkipCause {
  key: string;
  report?: Omit<RunReport, "data"> & { data: ReportData };
}

const DERIVED_FROM: Partial<Record<ParallelName, ParallelName[]>> = {
  WORLD_SIZE: ["NPUS_PER_NODE", "NNODES"],
  DP: ["NPUS_PER_NODE", "NNODES", "TP", "PP", "CP"],
  GBS: ["MBS", "NPUS_PER_NODE", "NNODES", "TP", "PP", "CP"],
};

/** The cause that keeps `need` unknown in this run, or undefined when it is known. */
export function unmetNeed(ctx: RunContext, need: RunNeed): SkipCause | undefined {
  const { run } = ctx;
  if (need === "entry") return run.entry ? undefined : entryCause(run);
  if (need === "task") return run.task ? undefined : taskCause(run);
  if (need === "data" || need === "model" || need === "tool") return configCause(ctx, need);
  const value = run.parallel[need];
  if (value.value !== null) return undefined;
  // A derived value is unknown because one of its inputs is (name that input), or because the
  // layout does not divide, which world-size-divisible reports.
  const inputs = DERIVED_FROM[need];
  if (inputs && value.unknown?.startsWith("derived")) {
    const unknownInput = inputs.find((input) => run.parallel[input].value === null);
    return unknownInput ? unmetNeed(ctx, unknownInput) : { key: `derived:${need}` };
  }
  return {
    // Keyed by the reason: GBS computed from an unknown TP has TP's reason, and is one cause.
    key: `value:${value.unknown ?? value.source}`,
    report: {
      ...ctx.atVariable(need),
      messageId: "unknown",
      data: { name: value.source, reason: value.unknown ?? "it has no value" },
      hint: `Assign ${value.source} a literal value in the script (or check with the value it has at run time).`,
    },
  };
}

/** A cause reported on the script's launch command (the entry point, the task). */
function atLaunch(run: Run, key: "entry" | "task", data: ReportData, hint: string): SkipCause {
  const launch = run.evaluation.launch;
  return {
    key,
    report: {
      target: "script",
      pointer: "",
      ...(launch ? { at: { line: launch.line, column: launch.column } } : {}),
      messageId: key,
      data,
      hint,
    },
  };
}

function entryCause(run: Run): SkipCause {
  const known = Object.keys(ENTRY_FILES).join(", ");
  return atLaunch(
    run,
    "entry",
    { entry: run.evaluation.launch?.entry ?? "nothing", known },
    "Launch one of MindSpeed-MM's entry scripts (a wrapper hides what the run does from the checks).",
  );
}

function taskCause(run: Run): SkipCause {
  return atLaunch(
    run,
    "task",
    {},
    'Set `"task": "t2v"` or `"i2v"` in the model file, or keep the script under a t2v/ or i2v/ folder.',
  );
}

function configCause(ctx: RunContext, role: "data" | "model" | "tool"): SkipCause | undefined {
  return ctx.value(role) === undefined ? { key: `config:${role}` } : undefined;
}
