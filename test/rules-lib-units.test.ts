// Unit tables for the rule helpers whose branches the fixture trees reach only partly: Megatron's
// checkpoint folder names by TP and PP, the layout read back from folder names, and where feature
// extraction runs write.
import { describe, expect, it } from "vitest";
import type { RunContext } from "../src/engine/run-context.js";
import type { Run } from "../src/project/run-model.js";
import { expectedRankDirs, inferLayout } from "../src/rules/lib/checkpoint-names.js";
import { featureProducers, folderKey } from "../src/rules/lib/feature-folders.js";

describe("checkpoint folder names", () => {
  it.each<[number, number, string[]]>([
    [1, 1, ["mp_rank_00"]],
    [2, 1, ["mp_rank_00", "mp_rank_01"]],
    [1, 2, ["mp_rank_00_000", "mp_rank_00_001"]],
    [2, 2, ["mp_rank_00_000", "mp_rank_00_001", "mp_rank_01_000", "mp_rank_01_001"]],
    [0, 1, []],
  ])("TP %i, PP %i: %j", (tp, pp, names) => expect(expectedRankDirs(tp, pp)).toEqual(names));

  it("numbers ranks past 9 and stages past 99 with their full width, sorted as names", () => {
    const names = expectedRankDirs(11, 1);
    expect(names.slice(-2)).toEqual(["mp_rank_09", "mp_rank_10"]);
    expect(expectedRankDirs(1, 101).slice(-2)).toEqual(["mp_rank_00_099", "mp_rank_00_100"]);
    expect(expectedRankDirs(3, 1)).toEqual(["mp_rank_00", "mp_rank_01", "mp_rank_02"]);
    // Sorted as names, as a folder listing is: mp_rank_100 before mp_rank_11.
    const many = expectedRankDirs(101, 1);
    expect([many.indexOf("mp_rank_100"), many.indexOf("mp_rank_11"), many.at(-1)]).toEqual([11, 12, "mp_rank_99"]);
  });

  it.each<[string[], { tp: number; pp: number } | undefined]>([
    [["mp_rank_00"], { tp: 1, pp: 1 }],
    [["mp_rank_01", "mp_rank_00", "mp_rank_03"], { tp: 4, pp: 1 }],
    [["mp_rank_00_000", "mp_rank_01_002"], { tp: 2, pp: 3 }],
    [["mp_rank_00", "mp_rank_00_001"], { tp: 1, pp: 2 }],
    [[], undefined],
    [["mp_rank_0"], undefined],
    [["mp_rank_000"], undefined],
    [["mp_rank_00_01"], undefined],
    [["mp_rank_00", "latest_checkpointed_iteration.txt"], undefined],
    [["xmp_rank_00"], undefined],
  ])("reads the layout of %j as %j", (names, layout) => expect(inferLayout(names)).toEqual(layout));
});

describe("feature producers", () => {
  /** A context with these runs, whose tool files hold these values (by file name). */
  const context = (runs: { entry?: string; tool?: string }[], tools: Record<string, unknown>) => {
    const all = runs.map((r, i) => ({
      script: `s${i}.sh`,
      ...(r.entry ? { entry: r.entry } : {}),
      configs: r.tool ? { tool: { file: r.tool } } : {},
    })) as unknown as Run[];
    return {
      root: "/r",
      allRuns: all,
      valueOf: (run: Run, role: string) => (role === "tool" ? tools[run.configs.tool?.file ?? ""] : undefined),
    } as unknown as RunContext;
  };

  it("are the extraction runs whose tool file names a save_path, with its folder", () => {
    const ctx = context(
      [
        { entry: "feature-extraction", tool: "a.json" },
        { entry: "pretrain", tool: "b.json" },
        { entry: "feature-extraction", tool: "c.json" },
        { entry: "feature-extraction", tool: "d.json" },
        { entry: "feature-extraction" },
      ],
      {
        "a.json": { sorafeature: { save_path: "./sora_features/" } },
        "b.json": { sorafeature: { save_path: "./other" } },
        "c.json": { sorafeature: {} },
        "d.json": {},
      },
    );
    const producers = featureProducers(ctx);
    expect(producers.map(({ run, savePath, folder }) => ({ script: run.script, savePath, folder }))).toEqual([
      { script: "s0.sh", savePath: "./sora_features/", folder: "/r/sora_features" },
    ]);
  });

  it.each([
    ["./sora_features", "/r/sora_features"],
    ["sora_features/", "/r/sora_features"],
    ["a\\b", "/r/a/b"],
    ["/abs/x/", "/abs/x"],
    ["../up", "/up"],
  ])("the folder of %s is %s", (path, key) => expect(folderKey({ root: "/r" } as RunContext, path)).toBe(key));
});
