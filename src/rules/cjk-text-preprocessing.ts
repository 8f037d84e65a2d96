// cjk-text-preprocessing (R27): MindSpeed-MM's caption cleaning lower-cases, strips URLs and
// removes CJK characters (support_chinese is never forwarded), so Chinese captions and prompts
// arrive empty. The data default is true.
import { showValue } from "../schema/display.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const cjkTextPreprocessing: FileRule = {
  meta: {
    id: "cjk-text-preprocessing",
    description:
      "`enable_text_preprocessing` / `use_prompt_preprocess` true (or absent: default true) strips Chinese text from captions and prompts.",
    severity: "warning",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo", "model"],
    messages: { strips: "{{key}} is {{value}}: text cleaning removes Chinese characters from every {{what}}" },
  },
  check(ctx) {
    if (ctx.kind === "model" && ctx.role === "inference") {
      const value = ctx.value<ModelParts>().use_prompt_preprocess;
      if (value === true)
        ctx.report({
          pointer: "/use_prompt_preprocess",
          messageId: "strips",
          data: { key: "use_prompt_preprocess", value: "true", what: "prompt" },
          hint: 'Set "use_prompt_preprocess": false for Chinese prompts.',
        });
      return;
    }
    const param = ctx.value<DataParts>().dataset_param;
    if (param?.dataset_type !== "t2v" || param.enable_text_preprocessing === false) return;
    const present = param.enable_text_preprocessing !== undefined;
    ctx.report({
      pointer: present ? "/dataset_param/enable_text_preprocessing" : "/dataset_param",
      messageId: "strips",
      data: {
        key: "enable_text_preprocessing",
        value: present ? showValue(param.enable_text_preprocessing) : "absent (default true)",
        what: "caption",
      },
      hint: 'Set "enable_text_preprocessing": false (upstream does) unless every caption is English.',
    });
  },
};
