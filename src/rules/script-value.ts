// script-value: a launch-script value the checks need that cannot be known without running the
// script (environment, command substitution, a condition). Named once; the rules that need it
// are skipped, and the message says which.
import type { ParallelName } from "../project/run-model.js";
import type { RunRule } from "./rule-types.js";

/** Which rules each value feeds, so the message can say what was skipped. */
const NEEDED_BY: Partial<Record<ParallelName, string[]>> = {
  TP: ["world-size-divisible", "heads-divisible-by-tp", "heads-divisible-by-tp-cp", "cuda-device-max-connections"],
  PP: ["world-size-divisible", "pipeline-layers", "inference-pp"],
  CP: ["world-size-divisible", "heads-divisible-by-tp-cp", "cp-divides-latent-frames", "i2v-no-cp"],
  MBS: ["global-batch-size", "dpo-micro-batch"],
  GBS: ["global-batch-size"],
  NPUS_PER_NODE: ["world-size-divisible", "global-batch-size"],
  NNODES: ["world-size-divisible", "global-batch-size"],
};

export const scriptValue: RunRule = {
  meta: {
    id: "script-value",
    description:
      "A launch-script variable the tool needs (TP, PP, CP, NPUS_PER_NODE, …) that cannot be evaluated statically; the rules that need it are skipped.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: { unknown: "{{name}} cannot be evaluated statically ({{reason}}); skipped: {{skipped}}" },
  },
  check(ctx) {
    const named = new Set<string>(); // one diagnostic per cause: GBS computed from an unknown TP is not news
    for (const [name, rules] of Object.entries(NEEDED_BY) as [ParallelName, string[]][]) {
      const p = ctx.run.parallel[name];
      if (p.value !== null || !p.unknown || p.unknown.startsWith("derived") || named.has(p.unknown)) continue;
      named.add(p.unknown);
      ctx.report({
        ...ctx.atVariable(name),
        messageId: "unknown",
        data: { name: p.source, reason: p.unknown, skipped: rules.join(", ") },
        hint: `Assign ${p.source} a literal value in the script (or check with the value it has at run time).`,
      });
    }
  },
};
