// tokenizer-length-consistency (R10, R22): the prompt length each tokenizer pads to must be the
// same at extraction, in training and at inference; a different length changes the conditioning
// the model was trained with (and the PP buffer sizes).
import type { TokenizerEntry } from "../generated/types.js";
import type { DataParts, ModelParts } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

interface Length {
  file: string;
  pointer: string;
  index: number;
  value: number;
}

function lengthsOf(file: string, value: unknown): Length[] {
  const v = value as (DataParts & ModelParts) | undefined;
  const [list, base] = Array.isArray(v?.dataset_param?.tokenizer_config)
    ? [v.dataset_param.tokenizer_config as unknown[], "/dataset_param/tokenizer_config"]
    : Array.isArray(v?.tokenizer)
      ? [v.tokenizer as unknown[], "/tokenizer"]
      : [[], ""];
  return list.flatMap((entry, index) => {
    const length = (entry as TokenizerEntry | undefined)?.model_max_length;
    return typeof length === "number"
      ? [{ file, pointer: `${base}/${index}/model_max_length`, index, value: length }]
      : [];
  });
}

export const tokenizerLengthConsistency: RunRule = {
  meta: {
    id: "tokenizer-length-consistency",
    description:
      "`model_max_length` per tokenizer equal across extraction data, training data and inference model files found in the same tree.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: { differs: "tokenizer {{index}} pads to {{value}} here but to {{common}} in {{others}}" },
  },
  check(ctx) {
    const all = ctx.tree.flatMap((f) => lengthsOf(f.file, f.value));
    const mine = new Set(Object.values(ctx.run.configs).map((c) => c?.file));
    for (const length of all.filter((l) => mine.has(l.file))) {
      const peers = all.filter((l) => l.index === length.index);
      const counts = new Map<number, number>();
      for (const p of peers) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
      const [common, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      if (length.value === common || n <= peers.length / 2) continue;
      const target = ctx.run.configs.data?.file === length.file ? "data" : "model";
      const others = [...new Set(peers.filter((p) => p.value === common).map((p) => p.file))];
      ctx.report({
        target,
        pointer: length.pointer,
        messageId: "differs",
        data: {
          index: length.index,
          value: length.value,
          common,
          others: others.slice(0, 3).join(", ") + (others.length > 3 ? ", …" : ""),
        },
        hint: `Use ${common} everywhere (upstream: 320 for stepchat, 77 for Bert).`,
      });
    }
  },
};
