// schema: a value breaks its file kind's JSON Schema (type, enum, range, required or forbidden key).
import { findingRule } from "./finding-rule.js";

export const schema = findingRule({
  id: "schema",
  description:
    "A value breaks the file kind's JSON Schema: wrong type, value outside the allowed set or range, a required key missing, a forbidden key present.",
  severity: "error",
  scope: "file",
  stage: "schema",
  messages: {
    type: "`{{path}}` is {{actualType}} ({{actual}}); expected {{expected}}",
    enum: "`{{path}}` is {{actual}}; expected one of {{allowed}}",
    const: "`{{path}}` is {{actual}}; expected {{expected}}",
    required: "{{object}} lacks the required key `{{key}}`",
    forbidden: "`{{path}}` must not be set",
    range: "`{{path}}` is {{actual}}; it must be {{comparison}} {{limit}}",
    other: "`{{path}}` is {{actual}}: {{problem}}",
  },
});
