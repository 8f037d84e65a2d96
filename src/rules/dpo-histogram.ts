// dpo-histogram (R50): the DPO trainer reads bin_width and total_num from the score histogram (and
// max_num when weight_beta is null or 0); a missing file or key fails at the first step.
import { existsSync } from "node:fs";
import { JsonDocument } from "../document/json-document.js";
import { describeFault, readText } from "../fs/safe-read.js";
import type { DpoModelConfig } from "../generated/types.js";
import { relativePosix, resolveFromRoot } from "../project/paths.js";
import { KEYS_INTRODUCED } from "../releases/release-data.js";
import { loadSchema } from "../schema/schema-store.js";
import type { FsRule } from "./rule-types.js";

/** The histogram key's name before its rename, from the release table. */
const OLD_KEY = KEYS_INTRODUCED.find((k) => k.object === "/dpo" && k.key === "histogram_path")?.replaces;
/** The keys the trainer always reads are the ones the histogram schema requires. */
const required = () => (loadSchema("histogram").required ?? []) as string[];

export const dpoHistogram: FsRule = {
  meta: {
    id: "dpo-histogram",
    description: "`dpo.histogram_path` missing or lacking `bin_width`, `total_num`, `max_num`.",
    severity: "error",
    scope: "fs",
    stage: "semantic",
    entries: ["dpo"],
    needs: ["model"],
    messages: {
      missing: "{{key}} {{path}} does not exist: the DPO trainer cannot weight the pairs",
      broken: "the histogram is not a JSON object MindSpeed-MM can read",
      lacks: "the histogram lacks `{{key}}`, which the DPO trainer reads{{why}}",
      unreadable: "{{key}} {{path}} {{problem}}",
    },
  },
  async check(ctx) {
    const dpo = ctx.value<DpoModelConfig>("model")?.dpo as Record<string, unknown> | undefined;
    if (ctx.run.entry !== "dpo" || !dpo || !ctx.fs) return;
    const key = dpo.histogram_path === undefined && OLD_KEY ? OLD_KEY : "histogram_path";
    const path = dpo[key];
    if (typeof path !== "string") return;
    const absolute = resolveFromRoot(ctx.fs.root, path);
    if (!existsSync(absolute))
      return ctx.report({
        target: "model",
        pointer: `/dpo/${key}`,
        messageId: "missing",
        data: { key: `dpo.${key}`, path },
        hint: "Run examples/stepvideo/histogram_generator.py on the scored videos; it writes video_score_histogram.json next to the videos folder.",
      });
    const file = relativePosix(ctx.fs.root, absolute);
    const read = await readText(absolute);
    if (!read.ok)
      return ctx.report({
        target: "model",
        pointer: `/dpo/${key}`,
        messageId: "unreadable",
        data: { key: `dpo.${key}`, path, problem: describeFault(read.fault) },
        hint: "Point it at the video_score_histogram.json file histogram_generator.py writes.",
      });
    const doc = new JsonDocument(read.text);
    const value = doc.value as Record<string, unknown> | undefined;
    if (!doc.ok || !value || typeof value !== "object" || Array.isArray(value))
      return ctx.report({ target: "model", file, pointer: "", at: { line: 1, column: 1 }, messageId: "broken" });
    // A histogram the check also reads gets its schema findings there; report only what they miss.
    const needed: [string, string][] = ctx.checkedFiles.has(file) ? [] : required().map((k) => [k, ""]);
    if (!dpo.weight_beta) needed.push(["max_num", " because weight_beta is null or 0"]);
    for (const [k, why] of needed) {
      if (typeof value[k] !== "number")
        ctx.report({
          target: "model",
          file,
          pointer: "",
          at: { line: 1, column: 1 },
          messageId: "lacks",
          data: { key: k, why },
          hint: "Regenerate the histogram with histogram_generator.py.",
        });
    }
  },
};
