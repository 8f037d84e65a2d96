// Views of config values that rules share, derived from the generated schema types: a model file
// of any role (every key optional, since a rule reads what the file has), and a data file.
import type {
  DataConfig,
  DpoModelConfig,
  FeatureExtractionModelConfig,
  InferenceModelConfig,
  Predictor,
  PretrainModelConfig,
} from "../../generated/types.js";

export interface PredictorOf {
  predictor?: Predictor;
}

export type ModelParts = Partial<PretrainModelConfig> &
  Partial<DpoModelConfig> &
  Partial<InferenceModelConfig> &
  Partial<FeatureExtractionModelConfig>;

export type DataParts = Partial<DataConfig>;
