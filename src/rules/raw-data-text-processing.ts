// raw-data-text-processing (R26, R47): a raw-video dataset must tokenize captions and read and
// resample videos; without these keys no token ids reach the encoder, or every sample fails
// until the loader dies with RecursionError.
import { showValue } from "../schema/display.js";
import type { DataParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

const PREPROCESS_KEYS = ["train_fps", "video_reader_type", "video_processor_type"] as const;

export const rawDataTextProcessing: FileRule = {
  meta: {
    id: "raw-data-text-processing",
    description:
      "Raw-video data (`dataset_type: t2v`) needs `use_text_processer: true`, `tokenizer_config`, `train_fps`, `video_reader_type`, `video_processor_type`.",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo"],
    messages: {
      processer:
        "use_text_processer is {{value}}: a raw-video dataset produces no token ids and the text encoder fails",
      missing: "{{object}} lacks `{{key}}`, which a raw-video dataset needs",
    },
  },
  check(ctx) {
    const param = ctx.value<DataParts>().dataset_param;
    if (param?.dataset_type !== "t2v") return;
    if (param.use_text_processer !== true) {
      const present = param.use_text_processer !== undefined;
      ctx.report({
        pointer: present ? "/dataset_param/use_text_processer" : "/dataset_param",
        messageId: "processer",
        data: { value: present ? showValue(param.use_text_processer) : "absent (default false)" },
        hint: 'Set "use_text_processer": true.',
      });
    }
    if (param.tokenizer_config === undefined) {
      ctx.report({
        pointer: "/dataset_param",
        messageId: "missing",
        data: { object: "`dataset_param`", key: "tokenizer_config" },
        hint: "Add the two tokenizers: stepchat, then BertTokenizer.",
      });
    }
    const pre = param.preprocess_parameters as Record<string, unknown> | undefined;
    for (const key of PREPROCESS_KEYS) {
      if (pre && pre[key] === undefined) {
        ctx.report({
          pointer: "/dataset_param/preprocess_parameters",
          messageId: "missing",
          data: { object: "`dataset_param.preprocess_parameters`", key },
          hint:
            key === "train_fps"
              ? "Add train_fps (e.g. 8); without it every sample fails and the loader ends in RecursionError."
              : `Add ${key} (StepVideo: ${key === "video_reader_type" ? "DecordVideo" : "CogVideoXProcessor"}).`,
        });
      }
    }
  },
};
