// data-storage-mode: the feature extractor writes data.jsonl by `data_storage_mode` and knows only
// `standard` and `combine` (`_write_data_info`); it reads the key by attribute, so it must be set.
// A t2v data file with another mode already fails its schema (T2VDataset reads the same two).
import type { DataParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

/** The modes `FeatureExtractor._write_data_info` handles; any other raises NotImplementedError. */
const EXTRACTOR_MODES: readonly string[] = ["standard", "combine"];
const BASIC = "/dataset_param/basic_parameters";

export const dataStorageMode: RunRule = {
  meta: {
    id: "data-storage-mode",
    description:
      "Feature extraction whose data file lacks `basic_parameters.data_storage_mode` or sets it to a mode the extractor cannot write (only `standard`, `combine`).",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["feature-extraction"],
    needs: ["data"],
    messages: {
      missing:
        "feature extraction reads basic_parameters.data_storage_mode by attribute; without it the run stops with AttributeError",
      unsupported:
        "feature extraction cannot write data_storage_mode {{mode}} (only {{allowed}}): the run stops with NotImplementedError",
    },
  },
  check(ctx) {
    if (ctx.run.entry !== "feature-extraction") return;
    const basic = ctx.value<DataParts>("data")?.dataset_param?.basic_parameters;
    if (!basic) return;
    const mode = basic.data_storage_mode;
    if (mode !== undefined && EXTRACTOR_MODES.includes(mode)) return;
    const allowed = EXTRACTOR_MODES.join(", ");
    ctx.report(
      mode === undefined
        ? {
            target: "data",
            pointer: BASIC,
            messageId: "missing",
            // the key it lacks: a value the schema rejects is taken out, and its finding says so
            data: { key: "data_storage_mode" },
            hint: 'Add "data_storage_mode": "standard".',
          }
        : {
            target: "data",
            pointer: `${BASIC}/data_storage_mode`,
            messageId: "unsupported",
            data: { mode, allowed },
            hint: `Use ${allowed} for the extraction input; \`${mode}\` records are not raw videos with captions.`,
          },
    );
  },
};
