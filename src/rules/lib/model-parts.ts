// Views of config values that rules share, named after the generated schema types so a rule
// states which part of a file it reads.
import type { Ae, DataloaderParam, DatasetParam, PipelineConfig, Predictor, TextEncoderEntry, TokenizerEntry } from "../../generated/types.js";

export interface PredictorOf {
  predictor?: Predictor;
}

export interface ModelParts {
  task?: string;
  load_video_features?: boolean;
  load_text_features?: boolean;
  enable_encoder_dp?: boolean;
  encoder_offload_interval?: number;
  predictor?: Predictor;
  ae?: Ae;
  text_encoder?: TextEncoderEntry[];
  tokenizer?: TokenizerEntry[];
  pipeline_class?: string;
  pipeline_config?: PipelineConfig;
  image?: string;
  patch?: Record<string, unknown>;
  use_prompt_preprocess?: boolean;
}

export interface DataParts {
  dataset_param?: DatasetParam;
  dataloader_param?: DataloaderParam;
}
