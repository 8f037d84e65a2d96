// no-sequence-parallel (R44): the StepVideo DiT never scatters the sequence, so sequence-parallel
// linear layers would see unsplit inputs.
import type { RunRule } from "./rule-types.js";

export const noSequenceParallel: RunRule = {
  meta: {
    id: "no-sequence-parallel",
    description: "`--sequence-parallel` passed (the StepVideo DiT does not scatter the sequence).",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: { passed: "--sequence-parallel is passed, but the StepVideo DiT never splits the sequence for it" },
  },
  check(ctx) {
    const arg = ctx.arg("--sequence-parallel");
    if (arg)
      ctx.report({
        ...ctx.argAt(arg),
        messageId: "passed",
        hint: "Remove --sequence-parallel; use context parallelism (--context-parallel-size) to split long sequences.",
      });
  },
};
