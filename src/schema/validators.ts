// Typed access to the standalone validators generated from schemas/ (no ajv compile at run time)
// and the model-role decision the model schema itself states.
import type { ErrorObject, ValidateFunction } from "ajv";
import type { SchemaKind } from "../generated/kinds.js";
import * as generated from "../generated/validators.js";
import type { ModelRole } from "../types.js";

const byKind: Record<SchemaKind, ValidateFunction> = {
  data: generated.data,
  "data-dpo": generated.dataDpo,
  "dataset-record": generated.datasetRecord,
  "dpo-record": generated.dpoRecord,
  histogram: generated.histogram,
  model: generated.model,
  settings: generated.settings,
  tools: generated.tools,
};

export function validateValue(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = byKind[kind];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The role of a model file, in the precedence the model schema's if/then chain uses. */
export function modelRole(value: unknown): ModelRole {
  if (generated.isInferenceModel(value)) return "inference";
  if (generated.isDpoModel(value)) return "dpo";
  if (generated.isPretrainModel(value)) return "pretrain";
  return "feature-extraction";
}

/** Title of the model schema definition that describes each role. */
export const roleTitles: Record<ModelRole, string> = {
  "feature-extraction": "FeatureExtractionModelConfig",
  pretrain: "PretrainModelConfig",
  inference: "InferenceModelConfig",
  dpo: "DpoModelConfig",
};
