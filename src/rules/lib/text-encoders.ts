// StepVideo's two text encoders and their tokenizers, in the order the DiT and the pipeline
// index them: [0] StepLLm (stepchat tokenizer), [1] the Hunyuan CLIP Bert.
export const STEPVIDEO_ENCODERS = [
  { model_id: "StepLLmModel", tokenizer: "stepchat", hidden: 6144 },
  { model_id: "BertModel", tokenizer: "BertTokenizer", hidden: 1024 },
] as const;

export const STEPVIDEO_CAPTION_CHANNELS = STEPVIDEO_ENCODERS.map((e) => e.hidden);
