// world-size-divisible (R1): Megatron splits the world into TP×PP×CP model-parallel groups; a
// world size they do not divide stops the job at start-up.
import { worldDivisible } from "./lib/layout-checks.js";
import type { RunRule } from "./rule-types.js";

export const worldSizeDivisible: RunRule = {
  meta: {
    id: "world-size-divisible",
    description: "WORLD_SIZE (NPUS_PER_NODE × NNODES) must be divisible by TP×PP×CP.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["WORLD_SIZE", "TP", "PP", "CP"],
    messages: { world: "WORLD_SIZE {{world}} is not divisible by TP×PP×CP = {{tp}}×{{pp}}×{{cp}} = {{product}}" },
  },
  check(ctx) {
    const [world, tp, pp, cp] = (["WORLD_SIZE", "TP", "PP", "CP"] as const).map((n) => ctx.known(n)) as [
      number,
      number,
      number,
      number,
    ];
    const product = tp * pp * cp;
    if (worldDivisible(world, tp, pp, cp)) return;
    ctx.report({
      ...ctx.atVariable("TP"),
      messageId: "world",
      data: { world, tp, pp, cp, product },
      hint: `Make TP×PP×CP divide ${world}, or change NPUS_PER_NODE × NNODES to a multiple of ${product}.`,
      related: [...ctx.setAt("NPUS_PER_NODE"), ...ctx.setAt("NNODES"), ...ctx.setAt("PP"), ...ctx.setAt("CP")],
    });
  },
};
