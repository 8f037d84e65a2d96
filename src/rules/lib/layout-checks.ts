// The parallel-layout facts shared by the run rules and `stepvideo-config plan`, so the plan
// proposes exactly the layouts the rules accept (R1, R2, R5, R6, R11, R19).
import { schemaDefaults } from "../../generated/schema-defaults.js";

/** The DiT's sequence length when `predictor.seq_length` is absent. */
export const DEFAULT_SEQ_LENGTH = schemaDefaults.predictor.seq_length;

/** R1: the world splits into TP×PP×CP model-parallel groups. */
export const worldDivisible = (world: number, tp: number, pp: number, cp: number) =>
  tp * pp * cp > 0 && world % (tp * pp * cp) === 0;

/** R5: each tensor-parallel rank holds whole heads. */
export const headsDivideOverTp = (heads: number, tp: number) => tp > 0 && heads % tp === 0;

/** R6 (CP > 1): heads split over TP×CP ranks and the sequence over CP ranks. */
export const headsDivideOverTpCp = (heads: number, tp: number, cp: number) => cp <= 1 || heads % (tp * cp) === 0;
export const seqDivisibleByCp = (seq: number, cp: number) => cp <= 1 || seq % cp === 0;

/** R11 (CP > 1): latent frames split over CP ranks. */
export const cpDividesLatent = (latent: number, cp: number) => cp <= 1 || latent % cp === 0;

/** R19: i2v runs with CP = 1. */
export const i2vAllowsCp = (task: string | undefined, cp: number) => task !== "i2v" || cp <= 1;

/** R2: a positive global batch, a multiple of MBS×DP. */
export const globalBatchValid = (gbs: number, mbs: number, dp: number) => gbs > 0 && gbs % (mbs * dp) === 0;
