// integer-token: `48.0` stays a float in Python, and tensor code (view, range, linspace) fails later.
import { findingRule } from "./finding-rule.js";

export const integerToken = findingRule({
  id: "integer-token",
  description:
    "An integer field written as a float token (`48.0`, `1e3`): Python keeps it a float and tensor code fails later.",
  severity: "error",
  scope: "file",
  stage: "schema",
  messages: { float: "`{{path}}` is written {{raw}}, a float in Python; this field must be an integer" },
});
