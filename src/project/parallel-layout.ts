// Reads a run's parallel layout from the arguments its launch command really passes (after the
// script's variables are expanded), with Megatron's defaults for absent flags, and remembers
// where each value was set so diagnostics can point at the script line.

import type { ParallelName, ParallelValue } from "./run-model.js";
import type { ScriptArg, ScriptEvaluation } from "./script/evaluate-script.js";

interface FlagSpec {
  flag: string;
  launcher?: boolean;
  vars: string[];
  fallback: number | null;
}

const FLAGS: Partial<Record<ParallelName, FlagSpec>> = {
  TP: { flag: "--tensor-model-parallel-size", vars: ["TP"], fallback: 1 },
  PP: { flag: "--pipeline-model-parallel-size", vars: ["PP"], fallback: 1 },
  VP: { flag: "--virtual-pipeline-model-parallel-size", vars: ["VP", "VPP"], fallback: 1 },
  CP: { flag: "--context-parallel-size", vars: ["CP"], fallback: 1 },
  MBS: { flag: "--micro-batch-size", vars: ["MBS"], fallback: 1 },
  GBS: { flag: "--global-batch-size", vars: ["GBS"], fallback: null },
  NPUS_PER_NODE: { flag: "--nproc_per_node", launcher: true, vars: ["NPUS_PER_NODE", "GPUS_PER_NODE"], fallback: 1 },
  NNODES: { flag: "--nnodes", launcher: true, vars: ["NNODES"], fallback: 1 },
};

export function parallelLayout(evaluation: ScriptEvaluation): Record<ParallelName, ParallelValue> {
  const out = {} as Record<ParallelName, ParallelValue>;
  for (const [name, spec] of Object.entries(FLAGS) as [ParallelName, FlagSpec][])
    out[name] = readFlag(evaluation, spec);
  const product = (...names: ParallelName[]) =>
    names.reduce<number | null>((acc, n) => (acc === null || out[n].value === null ? null : acc * out[n].value!), 1);
  const world = product("NPUS_PER_NODE", "NNODES");
  out.WORLD_SIZE = derived("WORLD_SIZE", world, "NPUS_PER_NODE × NNODES");
  const model = product("TP", "PP", "CP");
  const dp = world !== null && model !== null && model > 0 && world % model === 0 ? world / model : null;
  out.DP = derived("DP", dp, "WORLD_SIZE / (TP × PP × CP)");
  if (out.GBS.value === null && !out.GBS.unknown) {
    const mbs = out.MBS.value;
    out.GBS = derived("GBS", mbs !== null && dp !== null ? mbs * dp : null, "MBS × DP (Megatron's default)");
  }
  return out;
}

function derived(source: string, value: number | null, formula: string): ParallelValue {
  return value === null
    ? { value, source, unknown: `derived from ${formula}, which is unknown or not whole` }
    : { value, source };
}

function readFlag(evaluation: ScriptEvaluation, spec: FlagSpec): ParallelValue {
  const args: ScriptArg[] = (spec.launcher ? evaluation.launch?.launcherArgs : evaluation.launch?.args) ?? [];
  const arg = [...args].reverse().find((a) => a.flag === spec.flag);
  if (!arg)
    return spec.fallback === null
      ? { value: null, source: spec.flag }
      : { value: spec.fallback, source: `${spec.flag} (default)` };
  const variable = spec.vars
    .map((v) => [v, evaluation.vars.get(v)] as const)
    .find(([, v]) => v && v.value === arg.value);
  const at = variable?.[1]
    ? { line: variable[1].line, column: variable[1].column }
    : { line: arg.line, column: arg.column };
  const source = variable?.[0] ?? spec.flag;
  if (arg.unknown || arg.value === undefined)
    return { value: null, source, at, unknown: arg.unknown ?? `${spec.flag} has no value` };
  const value = Number(arg.value);
  if (!Number.isInteger(value))
    return { value: null, source, at, unknown: `${spec.flag} is "${arg.value}", not a whole number` };
  return { value, source, at };
}
