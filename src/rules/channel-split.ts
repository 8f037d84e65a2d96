// channel-split (R4): the 3D RoPE splits each head's channels into (t, h, w) parts; three even
// parts summing to head_dim, or torch.split and the frequency tables fail.
import { schemaDefaults } from "../generated/schema-defaults.js";
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

export const channelSplit: FileRule = {
  meta: {
    id: "channel-split",
    description: "`predictor.channel_split` must be 3 even integers summing to `head_dim` (3D RoPE split).",
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      count: "channel_split has {{count}} parts; the 3D RoPE needs exactly 3 (t, h, w)",
      odd: "channel_split part {{value}} is odd; every part must be even",
      sum: "channel_split sums to {{sum}}, but head_dim is {{dim}}",
    },
  },
  check(ctx) {
    const predictor = ctx.value<ModelParts>().predictor;
    const split = predictor?.channel_split;
    if (!predictor || !Array.isArray(split)) return;
    const dim = typeof predictor.head_dim === "number" ? predictor.head_dim : schemaDefaults.predictor.head_dim;
    const hint = `e.g. [${dim / 2}, ${dim / 4}, ${dim / 4}] for head_dim ${dim}`;
    if (split.length !== 3)
      return ctx.report({
        pointer: "/predictor/channel_split",
        messageId: "count",
        data: { count: split.length },
        hint,
      });
    const odd = split.findIndex((v) => typeof v === "number" && v % 2 !== 0);
    if (odd >= 0)
      return ctx.report({
        pointer: `/predictor/channel_split/${odd}`,
        messageId: "odd",
        data: { value: split[odd]! },
        hint,
      });
    const sum = split.reduce((a, b) => a + b, 0);
    if (sum !== dim) ctx.report({ pointer: "/predictor/channel_split", messageId: "sum", data: { sum, dim }, hint });
  },
};
