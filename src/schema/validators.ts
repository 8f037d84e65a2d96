// Typed access to the standalone validators generated from schemas/ (no ajv compile at run time)
// and the model-role decision the model schema itself states (its if/then chain, in order).
import type { ErrorObject } from "ajv";
import type { ModelRole, SchemaKind } from "../generated/kinds.js";
import { modelRoleConditions, validatorsByKind } from "../generated/validator-map.js";

export function validateValue(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = validatorsByKind[kind];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The role of a model file: the first role whose condition matches, else the fallback role. */
export function modelRole(value: unknown): ModelRole {
  for (const [role, condition] of modelRoleConditions) if (!condition || condition(value)) return role;
  throw new Error("the model schema states no fallback role");
}
