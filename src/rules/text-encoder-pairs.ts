// text-encoder-pairs (R9): the DiT reads prompt[0] (StepLLm, whose mask it uses) and prompt[1]
// (CLIP); the pipeline indexes [0] and [1]. Exactly two encoders and two tokenizers, in order.

import type { FileContext } from "../engine/file-context.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import { STEPVIDEO_ENCODERS } from "./lib/text-encoders.js";
import type { FileRule } from "./rule-types.js";

type Entry = Record<string, unknown>;

export const textEncoderPairs: FileRule = {
  meta: {
    id: "text-encoder-pairs",
    description: "Exactly two text encoders and two tokenizers, StepLLm/stepchat first and Bert/BertTokenizer second.",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["data", "data-dpo", "model"],
    messages: {
      count: "{{list}} has {{count}} entries; StepVideo needs exactly 2 ({{expected}})",
      order: "{{list}}[{{index}}].{{field}} is {{actual}}; StepVideo needs {{expected}} at position {{index}}",
    },
  },
  check(ctx) {
    const model = ctx.value<ModelParts>();
    if (ctx.kind === "model") {
      checkList(ctx, "/text_encoder", model.text_encoder as Entry[] | undefined, "model_id");
      checkList(ctx, "/tokenizer", model.tokenizer as Entry[] | undefined, "autotokenizer_name");
    } else if (ctx.kind === "data" || ctx.kind === "data-dpo") {
      const param = ctx.value<DataParts>().dataset_param;
      if (param?.dataset_type === "t2v")
        checkList(
          ctx,
          "/dataset_param/tokenizer_config",
          param.tokenizer_config as Entry[] | undefined,
          "autotokenizer_name",
        );
    }
  },
};

function checkList(
  ctx: FileContext,
  pointer: string,
  list: Entry[] | undefined,
  field: "model_id" | "autotokenizer_name",
): void {
  if (!Array.isArray(list)) return;
  const wanted = STEPVIDEO_ENCODERS.map((e) => (field === "model_id" ? e.model_id : e.tokenizer));
  const name = pointer.slice(pointer.lastIndexOf("/") + 1);
  if (list.length !== wanted.length) {
    ctx.report({
      pointer,
      messageId: "count",
      data: { list: name, count: list.length, expected: wanted.join(", ") },
      hint: `List ${wanted.join(" then ")}.`,
    });
    return;
  }
  list.forEach((entry, index) => {
    const actual = entry?.[field];
    if (actual === wanted[index]) return;
    ctx.report({
      pointer: `${pointer}/${index}/${field}`,
      messageId: "order",
      data: { list: name, index, field, actual: JSON.stringify(actual), expected: `"${wanted[index]}"` },
      hint: `StepVideo's order is ${wanted.join(", ")}; tokenizer i must belong to text encoder i.`,
    });
  });
}
