// Public entry of the stepvideo-config library: re-exports only.
export { check } from "./check.js";
export { UsageError } from "./errors.js";
export { type FormatContext, type FormatName, type Formatter, format, formatters } from "./formatters/index.js";
export { modelRoles, type SchemaKind, schemaIds, schemaKinds } from "./generated/kinds.js";
export { DEFAULT_RELEASE, RELEASES, type Release } from "./generated/releases.js";
export type * from "./generated/types.js";
export { type Layout, type Plan, type PlanOptions, plan } from "./plan.js";
export { allRules as rules } from "./rules/index.js";
export type {
  CheckOptions,
  Diagnostic,
  FileEntry,
  FileKind,
  ModelRole,
  RelatedLocation,
  Report,
  RuleSetting,
  RuleSettings,
  RunEntry,
  Severity,
  Summary,
} from "./types.js";
export { validate, validateText } from "./validate.js";
