// global-batch-size (R2): Megatron needs GBS > 0 and a multiple of MBS×DP; the scripts compute
// GBS with bash integer division, which quietly yields 0 or a remainder for other layouts.
import { globalBatchValid } from "./lib/layout-checks.js";
import type { RunRule } from "./rule-types.js";

export const globalBatchSize: RunRule = {
  meta: {
    id: "global-batch-size",
    description: "GBS must be > 0 and a multiple of MBS×DP (bash integer division in the script can make it 0).",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["GBS"],
    messages: {
      zero: "GBS is {{gbs}}: the global batch size must be positive",
      multiple: "GBS {{gbs}} is not a multiple of MBS×DP = {{mbs}}×{{dp}} = {{product}}",
    },
  },
  check(ctx) {
    const { GBS, MBS, DP } = ctx.run.parallel;
    if (GBS.value === null) return;
    const related = [...ctx.setAt("MBS"), ...ctx.setAt("TP"), ...ctx.setAt("CP"), ...ctx.setAt("NPUS_PER_NODE")];
    if (GBS.value <= 0) {
      ctx.report({
        ...ctx.atVariable("GBS"),
        messageId: "zero",
        data: { gbs: GBS.value },
        hint: "The script's $((WORLD_SIZE*MBS/CP/TP…)) truncates to 0 when TP×CP exceeds WORLD_SIZE×MBS; set GBS to a positive multiple of MBS×DP.",
        related,
      });
      return;
    }
    if (MBS.value === null || DP.value === null) return;
    const product = MBS.value * DP.value;
    if (globalBatchValid(GBS.value, MBS.value, DP.value)) return;
    ctx.report({
      ...ctx.atVariable("GBS"),
      messageId: "multiple",
      data: { gbs: GBS.value, mbs: MBS.value, dp: DP.value, product },
      hint: `Use a multiple of ${product}, e.g. ${product}.`,
      related,
    });
  },
};
