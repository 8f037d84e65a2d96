// Unit tables for the parallel layout (src/project/parallel-layout.ts) and the layout facts shared by
// the rules and plan (src/rules/lib/layout-checks.ts): each row pins a boundary a mutant would move.
import { describe, expect, it } from "vitest";
import { parallelLayout } from "../src/project/parallel-layout.js";
import type { ScriptArg, ScriptEvaluation } from "../src/project/script/evaluate-script.js";
import {
  cpDividesLatent,
  globalBatchValid,
  headsDivideOverTp,
  headsDivideOverTpCp,
  i2vAllowsCp,
  seqDivisibleByCp,
  worldDivisible,
} from "../src/rules/lib/layout-checks.js";

/** A launch with `--flag value` pairs (line n+1 for the n-th); `launcher` ones go before the entry. */
function evaluation(args: Record<string, string | undefined>, launcher: Record<string, string> = {}): ScriptEvaluation {
  const toArgs = (pairs: Record<string, string | undefined>, first: number): ScriptArg[] =>
    Object.entries(pairs).map(([flag, value], i) => ({ flag, value, line: first + i, column: 3 }));
  return {
    vars: new Map([["TP", { value: "4", line: 7, column: 1 }]]),
    exports: new Map(),
    launch: {
      launcher: "torchrun",
      entry: "pretrain_sora.py",
      line: 30,
      column: 1,
      args: toArgs(args, 10),
      launcherArgs: toArgs(launcher, 20),
    },
  };
}

describe("parallelLayout", () => {
  it("uses Megatron's defaults for absent flags and derives WORLD_SIZE, DP and GBS", () => {
    const layout = parallelLayout(evaluation({}));
    expect(layout.TP).toEqual({ value: 1, source: "--tensor-model-parallel-size (default)" });
    expect(layout.WORLD_SIZE).toEqual({ value: 1, source: "WORLD_SIZE" });
    expect(layout.DP).toEqual({ value: 1, source: "DP" });
    expect(layout.GBS).toEqual({ value: 1, source: "GBS" });
  });

  it("multiplies the launcher's node counts and divides the world by TP×PP×CP", () => {
    const layout = parallelLayout(
      evaluation(
        {
          "--tensor-model-parallel-size": "4",
          "--pipeline-model-parallel-size": "2",
          "--context-parallel-size": "2",
          "--micro-batch-size": "3",
        },
        { "--nproc_per_node": "8", "--nnodes": "4" },
      ),
    );
    expect(layout.WORLD_SIZE.value).toBe(32);
    expect(layout.DP.value).toBe(2);
    expect(layout.GBS).toEqual({ value: 6, source: "GBS" });
    expect(layout.TP).toEqual({ value: 4, source: "TP", at: { line: 7, column: 1 } });
    expect(layout.PP).toEqual({ value: 2, source: "--pipeline-model-parallel-size", at: { line: 11, column: 3 } });
  });

  it.each([
    ["a world TP×PP×CP does not divide", { "--tensor-model-parallel-size": "3" }, { "--nproc_per_node": "8" }],
    ["a zero TP", { "--tensor-model-parallel-size": "0" }, { "--nproc_per_node": "8" }],
    ["an unknown node count", {}, { "--nproc_per_node": "$N" }],
  ])("leaves DP and the default GBS unknown for %s", (_, args, launcher) => {
    const layout = parallelLayout(evaluation(args, launcher));
    expect(layout.DP).toMatchObject({ value: null, unknown: expect.stringMatching(/^derived from WORLD_SIZE/) });
    expect(layout.GBS).toMatchObject({ value: null, unknown: expect.stringMatching(/^derived from MBS × DP/) });
  });

  it("keeps the last of a repeated flag and an explicit GBS over the derived one", () => {
    const e = evaluation({ "--global-batch-size": "16" });
    e.launch!.args.push({ flag: "--global-batch-size", value: "24", line: 40, column: 5 });
    expect(parallelLayout(e).GBS).toEqual({ value: 24, source: "--global-batch-size", at: { line: 40, column: 5 } });
  });

  it("says why a flag's value is unknown, missing or not whole, at the flag", () => {
    const e = evaluation({ "--micro-batch-size": undefined, "--context-parallel-size": "1.5" });
    e.launch!.args.push({ flag: "--global-batch-size", unknown: "GBS is set inside an if", line: 41, column: 2 });
    const layout = parallelLayout(e);
    expect(layout.MBS).toEqual({
      value: null,
      source: "--micro-batch-size",
      at: { line: 10, column: 3 },
      unknown: "--micro-batch-size has no value",
    });
    expect(layout.CP).toEqual({
      value: null,
      source: "--context-parallel-size",
      at: { line: 11, column: 3 },
      unknown: '--context-parallel-size is "1.5", not a whole number',
    });
    expect(layout.GBS).toMatchObject({ value: null, unknown: "GBS is set inside an if" });
    expect(layout.DP.value).toBeNull();
  });

  it("names a variable only when its value is the flag's, and leaves GBS unknown with MBS unknown", () => {
    const e = evaluation(
      { "--tensor-model-parallel-size": "8", "--micro-batch-size": "$M" },
      { "--nproc_per_node": "8" },
    );
    e.launch!.args[1]!.unknown = "M is not set";
    const layout = parallelLayout(e);
    expect(layout.TP).toEqual({ value: 8, source: "--tensor-model-parallel-size", at: { line: 10, column: 3 } });
    expect(layout.DP.value).toBe(1);
    expect(layout.GBS).toMatchObject({ value: null, unknown: expect.stringMatching(/^derived from MBS × DP/) });
  });

  it("derives no DP from a negative TP and says why WORLD_SIZE is unknown", () => {
    const layout = parallelLayout(evaluation({ "--tensor-model-parallel-size": "-2" }, { "--nnodes": "$N" }));
    expect(layout.WORLD_SIZE).toEqual({
      value: null,
      source: "WORLD_SIZE",
      unknown: "derived from NPUS_PER_NODE × NNODES, which is unknown or not whole",
    });
    expect(
      parallelLayout(evaluation({ "--tensor-model-parallel-size": "-2" }, { "--nproc_per_node": "8" })).DP.value,
    ).toBeNull();
  });

  it("falls back to the defaults for every flag without a launch command", () => {
    const layout = parallelLayout({ vars: new Map(), exports: new Map() });
    expect(layout.TP.value).toBe(1);
    expect(layout.GBS).toMatchObject({ value: 1 });
  });
});

describe("layout checks", () => {
  // Each row is evaluated inside its test, where Stryker has the mutant switched on.
  it.each([
    ["worldDivisible", () => worldDivisible(8, 2, 2, 2), true],
    ["worldDivisible", () => worldDivisible(8, 3, 1, 1), false],
    ["worldDivisible", () => worldDivisible(8, 0, 1, 1), false],
    ["worldDivisible", () => worldDivisible(8, -2, 1, 1), false],
    ["worldDivisible", () => worldDivisible(6, 2, 2, 1), false],
    ["worldDivisible", () => worldDivisible(6, 1, 2, 3), true],
    ["headsDivideOverTp", () => headsDivideOverTp(48, 0), false],
    ["headsDivideOverTp", () => headsDivideOverTp(48, -8), false],
    ["headsDivideOverTp", () => headsDivideOverTp(48, 8), true],
    ["headsDivideOverTp", () => headsDivideOverTp(48, 5), false],
    ["headsDivideOverTpCp", () => headsDivideOverTpCp(48, 8, 4), false],
    ["headsDivideOverTpCp", () => headsDivideOverTpCp(48, 5, 1), true],
    ["headsDivideOverTpCp", () => headsDivideOverTpCp(48, 4, 2), true],
    ["headsDivideOverTpCp", () => headsDivideOverTpCp(48, 2, 32), false],
    ["seqDivisibleByCp", () => seqDivisibleByCp(10, 4), false],
    ["seqDivisibleByCp", () => seqDivisibleByCp(10, 0), true],
    ["seqDivisibleByCp", () => seqDivisibleByCp(12, 4), true],
    ["cpDividesLatent", () => cpDividesLatent(9, 2), false],
    ["cpDividesLatent", () => cpDividesLatent(9, 0), true],
    ["cpDividesLatent", () => cpDividesLatent(8, 2), true],
    ["i2vAllowsCp", () => i2vAllowsCp("i2v", 2), false],
    ["i2vAllowsCp", () => i2vAllowsCp("i2v", 1), true],
    ["i2vAllowsCp", () => i2vAllowsCp("t2v", 2), true],
    ["i2vAllowsCp", () => i2vAllowsCp(undefined, 2), true],
    ["globalBatchValid", () => globalBatchValid(0, 1, 1), false],
    ["globalBatchValid", () => globalBatchValid(-6, 2, 3), false],
    ["globalBatchValid", () => globalBatchValid(6, 2, 3), true],
    ["globalBatchValid", () => globalBatchValid(4, 2, 3), false],
    ["globalBatchValid", () => globalBatchValid(4, 1, 2), true],
  ] as const)("%s row %#", (_, actual, expected) => {
    expect(actual()).toBe(expected);
  });
});
