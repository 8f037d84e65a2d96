// feature-data-paths (R21): training on extracted features reads `data_folder` (the extraction's
// sorafeature.save_path) and `data_path` (the data.jsonl extraction writes there). Checked when
// the check holds both runs; with several extraction folders the training data must match one.
import type { RunRelated } from "../engine/run-context.js";
import { schemaDefaults } from "../generated/schema-defaults.js";
import { type FeatureProducer, featureProducers, folderKey, SAVE_PATH_POINTER } from "./lib/feature-folders.js";
import type { DataParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

const BASIC = "/dataset_param/basic_parameters";
const DATA_INFO = "data.jsonl";

export const featureDataPaths: RunRule = {
  meta: {
    id: "feature-data-paths",
    description:
      "Feature-based training whose `data_folder` is not the extraction's `sorafeature.save_path`, or whose `data_path` is not `<save_path>/data.jsonl` (when the check holds both runs).",
    severity: "error",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    needs: ["data"],
    messages: {
      folder: "data_folder {{folder}} is not where feature extraction writes: {{savePaths}}",
      path: "data_path {{path}} is not the data.jsonl feature extraction writes: {{expected}}",
    },
  },
  check(ctx) {
    const { entry } = ctx.run;
    const basic = ctx.value<DataParts>("data")?.dataset_param;
    if ((entry !== "pretrain" && entry !== "dpo") || basic?.dataset_type !== "feature") return;
    const producers = featureProducers(ctx);
    if (producers.length === 0) return;
    const folder = basic.basic_parameters?.data_folder ?? schemaDefaults.basicParameters.data_folder;
    const path = basic.basic_parameters?.data_path;
    const infoOf = (p: FeatureProducer) => `${p.folder}/${DATA_INFO}`;
    const byFolder = producers.filter((p) => p.folder === folderKey(ctx, folder));
    const byPath = producers.filter((p) => typeof path === "string" && infoOf(p) === folderKey(ctx, path));
    // The extraction this training reads from: the one its folder names, else the one its data_path names.
    const source = byFolder[0] ?? byPath[0];
    const candidates = source ? producers.filter((p) => p.folder === source.folder) : producers;
    const related: RunRelated[] = uniqueFolders(candidates).map((p) => ({
      target: "tool",
      file: p.run.configs.tool!.file!,
      pointer: SAVE_PATH_POINTER,
      message: `${p.run.script} writes features to ${p.savePath}`,
    }));
    const savePaths = uniqueFolders(candidates).map((p) => p.savePath);
    if (byFolder.length === 0) {
      const present = basic.basic_parameters?.data_folder !== undefined;
      ctx.report({
        target: "data",
        pointer: present ? `${BASIC}/data_folder` : BASIC,
        messageId: "folder",
        data: { folder: present ? folder : `"${folder}" (the default)`, savePaths: savePaths.join(", ") },
        hint: `Set data_folder to ${savePaths.length === 1 ? savePaths[0] : `one of ${savePaths.join(", ")}`}.`,
        related,
      });
    }
    if (typeof path === "string" && !(source ? infoOf(source) === folderKey(ctx, path) : false)) {
      const expected = savePaths.map((s) => `${s.replace(/[\\/]+$/, "")}/${DATA_INFO}`).join(", ");
      ctx.report({
        target: "data",
        pointer: `${BASIC}/data_path`,
        messageId: "path",
        data: { path, expected },
        hint:
          savePaths.length === 1 ? `Set data_path to ${expected}.` : "Set data_path to the data.jsonl in data_folder.",
        related,
      });
    }
  },
};

/** One producer per extraction folder (several scripts may write to the same one). */
function uniqueFolders(producers: FeatureProducer[]): FeatureProducer[] {
  return producers.filter((p, i) => producers.findIndex((q) => q.folder === p.folder) === i);
}
