// tool-sections: tools.json lacks a key that MindSpeed-MM's profiler, memory profiler or feature
// extractor reads by attribute, so the run stops with AttributeError.
import { findingRule } from "./finding-rule.js";

export const toolSections = findingRule({
  id: "tool-sections",
  description: "tools.json lacks a section or key the entry point reads (profile incl. static_param.analyse_flag in 26.0.0, memory_profile.mem_info in 2.2.0+, sorafeature.save_path for extraction).",
  severity: "error",
  scope: "file",
  stage: "schema",
  messages: { required: "{{object}} lacks `{{key}}`, which MindSpeed-MM reads by attribute (AttributeError when absent)" },
});
