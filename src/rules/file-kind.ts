// file-kind: a JSON file the user named explicitly that is none of the StepVideo config kinds.
import type { FileRule } from "./rule-types.js";

export const fileKind: FileRule = {
  meta: {
    id: "file-kind",
    description: "A JSON file named for checking that is not a StepVideo data, model, tool, DPO or histogram file.",
    severity: "error",
    scope: "file",
    stage: "document",
    messages: { unknown: "Not a StepVideo config file: its content matches no data, model, tools or histogram file" },
  },
  check(ctx) {
    if (ctx.kind || !ctx.explicit || !ctx.doc.ok) return;
    ctx.report({
      pointer: "",
      messageId: "unknown",
      hint:
        "Data files have `dataset_param`, model files `predictor`, `ae` or `text_encoder`, " +
        "tool files `profile`, `memory_profile` or `sorafeature`; check that you named the right file.",
    });
  },
};
