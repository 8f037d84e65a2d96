// Public entry of the stepvideo-config library: re-exports only.
export { check } from "./check.js";
export { UsageError } from "./errors.js";
export type { EditResult, FileChange } from "./fix/edit-files.js";
export { fix } from "./fix/fix-files.js";
export { modelRoles, type SchemaKind, schemaIds, schemaKinds } from "./generated/kinds.js";
export * from "./generated/model-role-guards.js";
export { DEFAULT_RELEASE, RELEASES, type Release } from "./generated/releases.js";
export type * from "./generated/types.js";
export { type MigrateOptions, type MigrateResult, migrate } from "./migrate/migrate-files.js";
export { type Layout, type Plan, type PlanOptions, plan } from "./plan.js";
export { allRules as rules } from "./rules/index.js";
export type {
  CheckOptions,
  Diagnostic,
  FileEntry,
  FileKind,
  Fix,
  ModelRole,
  RelatedLocation,
  Report,
  RuleSetting,
  RunEntry,
  Severity,
  Summary,
} from "./types.js";
export { validate, validateText } from "./validate.js";
