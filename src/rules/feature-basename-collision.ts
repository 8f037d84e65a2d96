// feature-basename-collision (R45): feature extraction names each .pt after the video's basename
// with dots turned into underscores, so two videos of the same name in different folders
// overwrite each other's features.
import { runDataset } from "../fs/run-dataset.js";
import { reportScan } from "./lib/report-scan.js";
import type { FsRule } from "./rule-types.js";

export const featureBasenameCollision: FsRule = {
  meta: {
    id: "feature-basename-collision",
    description: "Two source videos with the same basename: their extracted features overwrite each other.",
    severity: "warning",
    scope: "fs",
    stage: "semantic",
    entries: ["feature-extraction"],
    needs: ["data"],
    messages: {
      collision: "{{file}} becomes features/{{name}}, like the video of line {{first}}: one overwrites the other",
      more: "{{count}} more videos share a feature file name",
    },
  },
  async check(ctx) {
    const input = runDataset(ctx);
    if (!input || ctx.run.entry !== "feature-extraction") return;
    reportScan(
      ctx,
      await ctx.fs!.scan(input),
      "feature-basename-collision",
      "Rename the videos (or copy them into one folder) so basenames are unique before extraction.",
    );
  },
};
