// feature-extraction-parallel (R46): the encoders are not model-parallel; TP ranks of one DP group
// process the same samples and write the same feature files.
import type { RunRule } from "./rule-types.js";

export const featureExtractionParallel: RunRule = {
  meta: {
    id: "feature-extraction-parallel",
    description: "Feature extraction with TP, PP or CP > 1 (the encoders are not model-parallel).",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    entries: ["feature-extraction"],
    needs: ["TP", "PP", "CP"],
    messages: {
      parallel:
        "feature extraction runs with {{name}} = {{value}}; ranks of one group encode the same samples and overwrite each other's files",
    },
  },
  check(ctx) {
    if (ctx.run.entry !== "feature-extraction") return;
    for (const name of ["TP", "PP", "CP"] as const) {
      const value = ctx.run.parallel[name].value;
      if (value !== null && value > 1)
        ctx.report({
          ...ctx.atVariable(name),
          messageId: "parallel",
          data: { name, value },
          hint: `Set ${name}=1; extraction scales with data parallelism.`,
        });
    }
  },
};
