// cuda-device-max-connections (R42): MindSpeed-MM's argument check refuses TP > 1 unless the
// script exports CUDA_DEVICE_MAX_CONNECTIONS=1 (it has no effect on NPUs, but is checked).
import type { RunRule } from "./rule-types.js";

export const cudaDeviceMaxConnections: RunRule = {
  meta: {
    id: "cuda-device-max-connections",
    description: "TP > 1 without `CUDA_DEVICE_MAX_CONNECTIONS=1` exported.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["TP", "entry"],
    messages: { missing: "TP = {{tp}} but the script {{state}}; MindSpeed-MM's argument check fails" },
  },
  check(ctx) {
    const { TP } = ctx.run.parallel;
    const tp = ctx.known("TP");
    if (tp <= 1) return;
    const exported = ctx.run.evaluation.exports.get("CUDA_DEVICE_MAX_CONNECTIONS");
    if (exported && (exported.value === "1" || exported.value === undefined)) return;
    ctx.report({
      target: "script",
      pointer: "/CUDA_DEVICE_MAX_CONNECTIONS",
      ...(exported ? { at: { line: exported.line, column: exported.column } } : TP.at ? { at: TP.at } : {}),
      messageId: "missing",
      data: {
        tp,
        state: exported
          ? `exports CUDA_DEVICE_MAX_CONNECTIONS=${exported.value}`
          : "does not export CUDA_DEVICE_MAX_CONNECTIONS=1",
      },
      hint: "Add `export CUDA_DEVICE_MAX_CONNECTIONS=1` near the top of the script.",
      related: ctx.setAt("TP"),
    });
  },
};
