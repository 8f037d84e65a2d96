// heads-divisible-by-tp-cp (R6): with Ulysses context parallelism each of the TP×CP ranks takes
// whole attention heads, and the sequence is split CP ways; MindSpeed asserts both at start-up.
import { divisors, formatSet } from "./lib/arithmetic.js";
import { DEFAULT_SEQ_LENGTH, headsDivideOverTpCp, seqDivisibleByCp } from "./lib/layout-checks.js";
import type { PredictorOf } from "./lib/model-parts.js";
import type { RunRule } from "./rule-types.js";

const ULYSSES = "ulysses_cp_algo";

export const headsDivisibleByTpCp: RunRule = {
  meta: {
    id: "heads-divisible-by-tp-cp",
    description:
      "With CP > 1 (Ulysses, the default algorithm): `predictor.num_heads` divisible by TP×CP, " +
      `and the sequence length (\`predictor.seq_length\`, default ${DEFAULT_SEQ_LENGTH}) by CP.`,
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["TP", "CP", "model"],
    messages: {
      heads: "num_heads {{heads}} is not divisible by TP×CP = {{tp}}×{{cp}} = {{product}}",
      seq: "seq_length {{seq}} is not divisible by CP = {{cp}}",
    },
  },
  check(ctx) {
    const predictor = ctx.value<PredictorOf>("model")?.predictor;
    const { TP, CP, WORLD_SIZE } = ctx.run.parallel;
    if (!predictor || TP.value === null || CP.value === null || CP.value <= 1) return;
    // MindSpeed asserts these for Ulysses (its default algorithm); ring attention splits otherwise.
    const algo = ctx.arg("--context-parallel-algo")?.value ?? ULYSSES;
    if (algo !== ULYSSES) return;
    const heads = predictor.num_heads;
    const related = [...ctx.setAt("TP"), ...ctx.setAt("CP")];
    if (typeof heads === "number" && !headsDivideOverTpCp(heads, TP.value, CP.value)) {
      const fits = divisors(heads).filter((d) => WORLD_SIZE.value === null || WORLD_SIZE.value % d === 0);
      ctx.report({
        target: "model",
        pointer: "/predictor/num_heads",
        messageId: "heads",
        data: { heads, tp: TP.value, cp: CP.value, product: TP.value * CP.value },
        hint: `use TP×CP in ${formatSet(fits)}${WORLD_SIZE.value !== null ? ` (divisors of ${heads} that divide the world size ${WORLD_SIZE.value})` : ""}`,
        related,
      });
    }
    const seq = predictor.seq_length ?? DEFAULT_SEQ_LENGTH;
    if (typeof seq === "number" && !seqDivisibleByCp(seq, CP.value)) {
      ctx.report({
        target: "model",
        pointer: predictor.seq_length === undefined ? "/predictor" : "/predictor/seq_length",
        messageId: "seq",
        data: { seq, cp: CP.value },
        hint: `use CP in ${formatSet(divisors(seq).filter((d) => d <= 64))}`,
        related: ctx.setAt("CP"),
      });
    }
  },
};
