// env-var-range (README §6): the documented values of the Ascend environment variables the
// scripts export; a value outside them is ignored or misread by CANN.
import type { RunRule } from "./rule-types.js";

type Range = { values: string[] } | { min: number; max: number } | { prefix: string };

/** Documented values, from examples/stepvideo/README.md ("环境变量声明"). */
const DOCUMENTED: Record<string, Range> = {
  ACLNN_CACHE_LIMIT: { min: 1, max: 10_000_000 },
  ASCEND_GLOBAL_LOG_LEVEL: { values: ["0", "1", "2", "3", "4"] },
  ASCEND_LAUNCH_BLOCKING: { values: ["0", "1"] },
  ASCEND_SLOG_PRINT_TO_STDOUT: { values: ["0", "1"] },
  COMBINED_ENABLE: { values: ["0", "1"] },
  CPU_AFFINITY_CONF: { values: ["0", "1", "2"] },
  HCCL_CONNECT_TIMEOUT: { min: 120, max: 7200 },
  HCCL_EXEC_TIMEOUT: { min: 68, max: 17340 },
  MULTI_STREAM_MEMORY_REUSE: { values: ["0", "1"] },
  NPU_ASD_ENABLE: { values: ["0", "1", "2", "3"] },
  PYTORCH_NPU_ALLOC_CONF: { prefix: "expandable_segments:" },
  TASK_QUEUE_ENABLE: { values: ["0", "1", "2"] },
  TOKENIZERS_PARALLELISM: { values: ["False", "True", "false", "true"] },
};

function describe(range: Range): string {
  if ("values" in range) return `one of ${range.values.join(", ")}`;
  if ("min" in range) return `an integer in [${range.min}, ${range.max}]`;
  return `"${range.prefix}<value>"`;
}

function inRange(value: string, range: Range): boolean {
  if ("values" in range) return range.values.includes(value);
  if ("min" in range) return /^\d+$/.test(value) && Number(value) >= range.min && Number(value) <= range.max;
  return value.startsWith(range.prefix);
}

export const envVarRange: RunRule = {
  meta: {
    id: "env-var-range",
    description:
      "An exported variable outside its documented range (e.g. HCCL_CONNECT_TIMEOUT 120–7200, HCCL_EXEC_TIMEOUT 68–17340, TASK_QUEUE_ENABLE 0–2).",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: { range: "{{name}}={{value}} is outside its documented values ({{expected}})" },
  },
  check(ctx) {
    for (const [name, exported] of ctx.run.evaluation.exports) {
      const range = DOCUMENTED[name];
      if (!range || exported.value === undefined || inRange(exported.value, range)) continue;
      ctx.report({
        target: "script",
        pointer: `/${name}`,
        at: { line: exported.line, column: exported.column },
        messageId: "range",
        data: { name, value: exported.value, expected: describe(range) },
        hint: `Use ${describe(range)}.`,
      });
    }
  },
};
