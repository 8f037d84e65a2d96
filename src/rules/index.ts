// The rule registry: rule id → rule, sorted. Rule ids are a public contract; never rename one.
import { compareText } from "../compare-text.js";
import { aeFloat32Patch } from "./ae-float32-patch.js";
import { captionChannels } from "./caption-channels.js";
import { channelSplit } from "./channel-split.js";
import { checkpointFormat } from "./checkpoint-format.js";
import { cjkTextPreprocessing } from "./cjk-text-preprocessing.js";
import { cpDividesLatentFrames } from "./cp-divides-latent-frames.js";
import { cudaDeviceMaxConnections } from "./cuda-device-max-connections.js";
import { dataStorageMode } from "./data-storage-mode.js";
import { datasetFiles } from "./dataset-files.js";
import { datasetRecords } from "./dataset-records.js";
import { datasetSizeVsBatch } from "./dataset-size-vs-batch.js";
import { deadKey } from "./dead-key.js";
import { dpoHistogram } from "./dpo-histogram.js";
import { dpoMicroBatch } from "./dpo-micro-batch.js";
import { dtypeValue } from "./dtype-value.js";
import { encoderDp } from "./encoder-dp.js";
import { envVarRange } from "./env-var-range.js";
import { featureBasenameCollision } from "./feature-basename-collision.js";
import { featureDataPaths } from "./feature-data-paths.js";
import { featureExtractionParallel } from "./feature-extraction-parallel.js";
import { featureFlags } from "./feature-flags.js";
import { featureTaskMatch } from "./feature-task-match.js";
import { fileKind } from "./file-kind.js";
import { fileRead } from "./file-read.js";
import { frameSizeMultiple } from "./frame-size-multiple.js";
import { globalBatchSize } from "./global-batch-size.js";
import { headsDivisibleByTp } from "./heads-divisible-by-tp.js";
import { headsDivisibleByTpCp } from "./heads-divisible-by-tp-cp.js";
import { hiddenSize } from "./hidden-size.js";
import { i2vConsistency } from "./i2v-consistency.js";
import { i2vNoCp } from "./i2v-no-cp.js";
import { inferenceInputSize } from "./inference-input-size.js";
import { inferencePp } from "./inference-pp.js";
import { inferencePromptsImages } from "./inference-prompts-images.js";
import { integerToken } from "./integer-token.js";
import { jsonDuplicateKey } from "./json-duplicate-key.js";
import { jsonNonstandardNumber } from "./json-nonstandard-number.js";
import { jsonSyntax } from "./json-syntax.js";
import { latentChannels } from "./latent-channels.js";
import { loadPathCheckpoint } from "./load-path-checkpoint.js";
import { noSequenceParallel } from "./no-sequence-parallel.js";
import { nonzeroIntervals } from "./nonzero-intervals.js";
import { numFramesTask } from "./num-frames-task.js";
import { numFramesVaeChunk } from "./num-frames-vae-chunk.js";
import { pathMissing } from "./path-missing.js";
import { pipelineLayers } from "./pipeline-layers.js";
import { pretrainLoadMissing } from "./pretrain-load-missing.js";
import { rawDataTextProcessing } from "./raw-data-text-processing.js";
import { recomputeSettings } from "./recompute-settings.js";
import { releaseRemovedValue } from "./release-removed-value.js";
import { reservedKey } from "./reserved-key.js";
import type { FileRule, FsRule, RunRule } from "./rule-types.js";
import { schema } from "./schema.js";
import { scriptConfigPaths } from "./script-config-paths.js";
import { scriptSyntax } from "./script-syntax.js";
import { scriptValue } from "./script-value.js";
import { textEncoderPairs } from "./text-encoder-pairs.js";
import { tokenizerLengthConsistency } from "./tokenizer-length-consistency.js";
import { toolSections } from "./tool-sections.js";
import { unknownKey } from "./unknown-key.js";
import { weightsLayerCount } from "./weights-layer-count.js";
import { worldSizeDivisible } from "./world-size-divisible.js";

/** Rules on one file (parse, schema and several fields of one file). */
export const fileRules: Record<string, FileRule> = {
  "ae-float32-patch": aeFloat32Patch,
  "caption-channels": captionChannels,
  "channel-split": channelSplit,
  "cjk-text-preprocessing": cjkTextPreprocessing,
  "dead-key": deadKey,
  "dtype-value": dtypeValue,
  "encoder-dp": encoderDp,
  "file-kind": fileKind,
  "file-read": fileRead,
  "frame-size-multiple": frameSizeMultiple,
  "hidden-size": hiddenSize,
  "i2v-consistency": i2vConsistency,
  "inference-input-size": inferenceInputSize,
  "integer-token": integerToken,
  "json-duplicate-key": jsonDuplicateKey,
  "json-nonstandard-number": jsonNonstandardNumber,
  "json-syntax": jsonSyntax,
  "latent-channels": latentChannels,
  "num-frames-task": numFramesTask,
  "num-frames-vae-chunk": numFramesVaeChunk,
  "raw-data-text-processing": rawDataTextProcessing,
  "release-removed-value": releaseRemovedValue,
  "reserved-key": reservedKey,
  schema,
  "text-encoder-pairs": textEncoderPairs,
  "tool-sections": toolSections,
  "unknown-key": unknownKey,
};

/** Rules on a run: a launch script and the files it names. */
export const runRules: Record<string, RunRule> = {
  "checkpoint-format": checkpointFormat,
  "cp-divides-latent-frames": cpDividesLatentFrames,
  "cuda-device-max-connections": cudaDeviceMaxConnections,
  "data-storage-mode": dataStorageMode,
  "dpo-micro-batch": dpoMicroBatch,
  "env-var-range": envVarRange,
  "feature-data-paths": featureDataPaths,
  "feature-extraction-parallel": featureExtractionParallel,
  "feature-flags": featureFlags,
  "feature-task-match": featureTaskMatch,
  "global-batch-size": globalBatchSize,
  "heads-divisible-by-tp": headsDivisibleByTp,
  "heads-divisible-by-tp-cp": headsDivisibleByTpCp,
  "i2v-no-cp": i2vNoCp,
  "inference-pp": inferencePp,
  "no-sequence-parallel": noSequenceParallel,
  "nonzero-intervals": nonzeroIntervals,
  "pipeline-layers": pipelineLayers,
  "pretrain-load-missing": pretrainLoadMissing,
  "recompute-settings": recomputeSettings,
  "script-config-paths": scriptConfigPaths,
  "script-syntax": scriptSyntax,
  "script-value": scriptValue,
  "tokenizer-length-consistency": tokenizerLengthConsistency,
  "weights-layer-count": weightsLayerCount,
  "world-size-divisible": worldSizeDivisible,
};

/** Rules that read the file system beyond the configs: only with --check-paths. */
export const fsRules: Record<string, FsRule> = {
  "dataset-files": datasetFiles,
  "dataset-records": datasetRecords,
  "dataset-size-vs-batch": datasetSizeVsBatch,
  "dpo-histogram": dpoHistogram,
  "feature-basename-collision": featureBasenameCollision,
  "inference-prompts-images": inferencePromptsImages,
  "load-path-checkpoint": loadPathCheckpoint,
  "path-missing": pathMissing,
};

/**
 * Every rule by id, for settings, docs and the README table. Sorted by code point, which for ids
 * of lowercase letters, digits and hyphens is the order localeCompare gives, without loading the
 * collator at every start.
 */
export const allRules: Record<string, FileRule | RunRule | FsRule> = Object.fromEntries(
  Object.entries({ ...fileRules, ...runRules, ...fsRules }).sort(([a], [b]) => compareText(a, b)),
);
