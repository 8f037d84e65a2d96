// tool-sections: tools.json lacks a section or key the entry point reads. Inside a section the keys
// come from the schema (the profiler and memory profiler read them by attribute, AttributeError
// when absent); which sections are needed depends on the runs whose scripts pass this file.
import type { EntryPoint } from "../project/run-model.js";
import type { FileRule } from "./rule-types.js";

const SECTIONS: Record<EntryPoint, string[]> = {
  pretrain: ["profile", "memory_profile"],
  dpo: ["profile"],
  "feature-extraction": ["sorafeature"],
  inference: [],
};

export const toolSections: FileRule = {
  meta: {
    id: "tool-sections",
    description:
      "tools.json lacks a section or key the run's entry point reads in the targeted release " +
      "(profile, memory_profile, sorafeature.save_path for extraction; keys added per release come from the release table).",
    severity: "error",
    scope: "file",
    stage: "schema",
    messages: {
      required: "{{object}} lacks `{{key}}`, which MindSpeed-MM reads by attribute (AttributeError when absent)",
      section: "tools.json has no `{{key}}` section, which {{entry}} ({{script}}) reads",
    },
  },
  check(ctx) {
    for (const finding of ctx.findingsOfRule()) ctx.report(finding.report);
    if (ctx.kind !== "tools") return;
    const value = ctx.value<Record<string, unknown>>();
    const reported = new Set<string>();
    for (const run of ctx.runs) {
      if (!run.entry || run.configs.tool?.file !== ctx.file) continue;
      for (const key of SECTIONS[run.entry]) {
        if (value[key] !== undefined || reported.has(key)) continue;
        reported.add(key);
        ctx.report({
          pointer: "",
          messageId: "section",
          data: { key, entry: run.entry, script: run.script },
          hint: `Add the \`${key}\` section (see mindspeed_mm/tools/tools.json of your release).`,
        });
      }
    }
  },
};
