// Unit tables for the rule helpers whose branches the fixture trees reach only partly: Megatron's
// checkpoint folder names by TP and PP, and the layout read back from folder names.
import { describe, expect, it } from "vitest";
import { expectedRankDirs, inferLayout } from "../src/rules/lib/checkpoint-names.js";

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
