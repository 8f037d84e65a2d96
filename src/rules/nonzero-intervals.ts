// nonzero-intervals (R53): MindSpeed-MM's training loop takes the iteration modulo these
// intervals and raises ValueError for 0.
import type { RunRule } from "./rule-types.js";

const FLAGS = ["--save-interval", "--log-interval", "--eval-interval"];

export const nonzeroIntervals: RunRule = {
  meta: {
    id: "nonzero-intervals",
    description: "`--save-interval`, `--log-interval`, `--eval-interval` must not be 0.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    messages: { zero: "{{flag}} is 0; MindSpeed-MM raises ValueError" },
  },
  check(ctx) {
    for (const flag of FLAGS) {
      const arg = ctx.arg(flag);
      if (arg?.value !== undefined && Number(arg.value) === 0)
        ctx.report({
          ...ctx.argAt(arg),
          messageId: "zero",
          data: { flag },
          hint: `Use a positive interval (e.g. ${flag === "--log-interval" ? 1 : 10000}).`,
        });
    }
  },
};
