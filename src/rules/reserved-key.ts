// reserved-key: a key named like a ConfigReader method shadows that method on the loaded section.
import { findingRule } from "./finding-rule.js";

export const reservedKey = findingRule({
  id: "reserved-key",
  description:
    "A key named `get`, `to_dict`, `update_unuse` or a dunder name shadows a method of MindSpeed-MM's ConfigReader.",
  severity: "error",
  scope: "file",
  stage: "schema",
  messages: {
    reserved:
      "`{{key}}` in {{object}} shadows the ConfigReader method of that name; later `.get()`/`.to_dict()` calls on this section break",
  },
});
