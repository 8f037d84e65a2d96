// Public entry of the stepvideo-config library: re-exports only.
export { check } from "./check.js";
export { validate, validateText } from "./validate.js";
export { plan, type Plan, type PlanOptions, type Layout } from "./plan.js";
export { UsageError } from "./project/discover.js";
export { allRules as rules } from "./rules/index.js";
export { schemaKinds, schemaIds, type SchemaKind } from "./generated/kinds.js";
export { RELEASES, DEFAULT_RELEASE, type Release } from "./releases/release-data.js";
export type * from "./generated/types.js";
export type {
  CheckOptions,
  Diagnostic,
  FileEntry,
  FileKind,
  ModelRole,
  RelatedLocation,
  Report,
  RuleSetting,
  RunEntry,
  Severity,
  Summary,
} from "./types.js";
