// dtype-value: MindSpeed-MM's get_dtype accepts eight exact strings; anything else fails the config load.
import { findingRule } from "./finding-rule.js";

export const dtypeValue = findingRule({
  id: "dtype-value",
  description:
    'A `dtype` outside int32, float64, float32, float16, fp32, fp16, half, bf16 (also inside arrays); MindSpeed-MM raises "Unsupported data type".',
  severity: "error",
  scope: "file",
  stage: "schema",
  messages: {
    enum: "`{{path}}` is {{actual}}; MindSpeed-MM's get_dtype accepts only {{allowed}}",
    type: "`{{path}}` is {{actualType}} ({{actual}}); a dtype must be one of the dtype strings",
    other: "`{{path}}` is {{actual}}: {{problem}}",
  },
});
