// The shape of the converted StepVideo checkpoint, which is the DiT's own default shape in the
// schemas (StepVideoDiT's constructor defaults for num_layers, num_heads and head_dim).
import { schemaDefaults } from "../../generated/schema-defaults.js";

const predictor = schemaDefaults.predictor;

export const OFFICIAL = {
  layers: predictor.num_layers,
  heads: predictor.num_heads,
  headDim: predictor.head_dim,
  width: predictor.num_heads * predictor.head_dim,
} as const;

/** The data every message about the official shape fills its template with. */
export const officialData = {
  officialLayers: OFFICIAL.layers,
  officialHeads: OFFICIAL.heads,
  officialHeadDim: OFFICIAL.headDim,
  official: OFFICIAL.width,
};
