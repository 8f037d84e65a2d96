// checkpoint-format (R25): resplit and the mp_rank_XX layout need torch checkpoints; Megatron's
// default format is torch_dist. Releases before the flag existed (FLAGS_INTRODUCED) save torch
// anyway and parse arguments strictly: there, passing the flag is what stops the run.
import { compareReleases, FLAGS_INTRODUCED } from "../releases/release-data.js";
import type { RunRule } from "./rule-types.js";

const FLAG = "--ckpt-format";
const introduced = FLAGS_INTRODUCED.find((f) => f.flag === FLAG)!;

export const checkpointFormat: RunRule = {
  meta: {
    id: "checkpoint-format",
    description:
      "A run that saves (`--save`) without `--ckpt-format torch`; before the release that added `--ckpt-format` (2.1.0), passing it at all.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    entries: ["pretrain", "dpo"],
    messages: {
      format:
        "the run saves checkpoints with --ckpt-format {{format}}; mm-convert resplit and the mp_rank_XX layout need torch",
      unrecognized:
        "MindSpeed-MM {{release}} has no --ckpt-format (added in {{since}}): the run stops with unrecognized arguments",
    },
  },
  check(ctx) {
    const format = ctx.arg(FLAG);
    if (compareReleases(ctx.release, introduced.since) < 0) {
      if (format)
        ctx.report({
          ...ctx.argAt(format),
          messageId: "unrecognized",
          data: { release: ctx.release, since: introduced.since },
          hint: `Remove --ckpt-format: ${introduced.why}.`,
          severity: "error",
        });
      return;
    }
    const save = ctx.arg("--save");
    if (!save || (ctx.run.entry !== "pretrain" && ctx.run.entry !== "dpo")) return;
    if (format?.value === "torch") return;
    ctx.report({
      ...ctx.argAt(format ?? save),
      messageId: "format",
      data: { format: format?.value ?? "torch_dist (the default)" },
      hint: "Pass --ckpt-format torch.",
    });
  },
};
