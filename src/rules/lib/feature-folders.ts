// Where feature extraction writes (the tool file's sorafeature.save_path) and where training reads,
// compared as MindSpeed-MM resolves paths: relative to the root the scripts run from, so
// `./sora_features`, `./sora_features/` and `sora_features` are one folder.
import { posix } from "node:path";
import type { RunContext } from "../../engine/run-context.js";
import type { ToolsConfig } from "../../generated/types.js";
import type { Run } from "../../project/run-model.js";

export const SAVE_PATH_POINTER = "/sorafeature/save_path";

/** The folder a path names, absolute and normalised (POSIX separators, no trailing slash). */
export function folderKey(ctx: RunContext, path: string): string {
  const slashes = (p: string) => p.replace(/\\/g, "/");
  return posix.resolve(slashes(ctx.root), slashes(path));
}

export interface FeatureProducer {
  run: Run;
  /** save_path as written in the tool file. */
  savePath: string;
  /** Its folderKey. */
  folder: string;
}

/** The check's feature-extraction runs whose tool file (schema-valid) names a save_path. */
export function featureProducers(ctx: RunContext): FeatureProducer[] {
  return ctx.allRuns.flatMap((run) => {
    if (run.entry !== "feature-extraction") return [];
    const savePath = ctx.valueOf<ToolsConfig>(run, "tool")?.sorafeature?.save_path;
    return typeof savePath === "string" ? [{ run, savePath, folder: folderKey(ctx, savePath) }] : [];
  });
}
