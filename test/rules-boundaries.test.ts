// Boundaries and secondary branches of the parallel-layout run rules, on the example tree with one
// edit to the t2v pretrain script: each row asserts the whole diagnostic (rule, messageId, pointer,
// line, the values it names, where it points back to), so a dropped factor or moved bound fails.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { exampleCopy } from "./overlay-tree.js";

const SCRIPT = "examples/stepvideo/t2v/pretrain_t2v.sh";

/** The example tree with `edits` applied to the t2v pretrain script; the named rules' diagnostics. */
async function diagnostics(edits: [string, string][], ruleIds: string[]) {
  const root = exampleCopy("svc-bounds-");
  const file = join(root, SCRIPT);
  const text = readFileSync(file, "utf8");
  for (const [from] of edits) expect(text.split(from).length - 1, from).toBe(1);
  writeFileSync(
    file,
    edits.reduce((t, [from, to]) => t.replace(from, to), text),
  );
  const report = await check({ paths: [root] });
  return report.diagnostics
    .filter((d) => ruleIds.includes(d.ruleId))
    .map(({ ruleId, messageId, file, pointer, line, message, hint, related }) => ({
      ruleId,
      messageId,
      file,
      pointer,
      line,
      message,
      hint,
      related: related?.map((r) => `${r.line}: ${r.message}`),
    }));
}

const gbs = (messageId: string, message: string, hint: string) => ({
  ruleId: "global-batch-size",
  messageId,
  file: SCRIPT,
  pointer: "/GBS",
  line: 22,
  message,
  hint,
  related: [
    "20: MBS = 2 is set here",
    "17: TP = 4 is set here",
    "19: CP = 2 is set here",
    "10: NPUS_PER_NODE = 8 is set here",
  ],
});

describe("global-batch-size", () => {
  it.each([
    [
      "a GBS of 0",
      "GBS=0",
      gbs("zero", "GBS is 0: the global batch size must be positive", expect.stringContaining("truncates to 0")),
    ],
    [
      "a negative GBS",
      "GBS=-2",
      gbs("zero", "GBS is -2: the global batch size must be positive", expect.stringContaining("truncates to 0")),
    ],
    [
      "a GBS that MBS×DP does not divide",
      "GBS=6",
      {
        ...gbs("multiple", "GBS 6 is not a multiple of MBS×DP = 2×2 = 4", "Use a multiple of 4, e.g. 4."),
        related: [
          "20: MBS = 2 is set here",
          "17: TP = 4 is set here",
          "19: CP = 2 is set here",
          "10: NPUS_PER_NODE = 16 is set here",
        ],
      },
      "NPUS_PER_NODE=16",
    ],
  ])("reports %s", async (_, gbsLine, expected, npus = "NPUS_PER_NODE=8") => {
    const found = await diagnostics(
      [
        ["NPUS_PER_NODE=8", npus],
        ["MBS=1", "MBS=2"],
        ["GBS=$(( WORLD_SIZE * MBS / CP / TP * ACC ))", gbsLine],
      ],
      ["global-batch-size"],
    );
    expect(found).toEqual([expected]);
  });

  it.each([
    ["GBS equal to MBS×DP", "GBS=2"],
    ["GBS a multiple of MBS×DP", "GBS=6"],
  ])("accepts %s", async (_, gbsLine) => {
    const found = await diagnostics(
      [
        ["MBS=1", "MBS=2"],
        ["GBS=$(( WORLD_SIZE * MBS / CP / TP * ACC ))", gbsLine],
      ],
      ["global-batch-size"],
    );
    expect(found).toEqual([]);
  });
});

describe("global-batch-size with MBS unknown", () => {
  it("judges no explicit GBS against an unknown MBS", async () => {
    const found = await diagnostics(
      [
        ["MBS=1", "MBS=$MBS_FROM_ENV"],
        ["GBS=$(( WORLD_SIZE * MBS / CP / TP * ACC ))", "GBS=4"],
      ],
      ["global-batch-size"],
    );
    expect(found).toEqual([]);
  });
});

describe("heads-divisible-by-tp", () => {
  it("leaves a TP of 0 to the layout rules", async () => {
    expect(await diagnostics([["TP=4", "TP=0"]], ["heads-divisible-by-tp"])).toEqual([]);
  });

  it("reports num_heads that TP does not divide, with the divisors and the TP line", async () => {
    const found = await diagnostics(
      [
        ["TP=4", "TP=5"],
        ["NPUS_PER_NODE=8", "NPUS_PER_NODE=10"],
        ["CP=2", "CP=1"],
      ],
      ["heads-divisible-by-tp"],
    );
    expect(found).toEqual([
      {
        ruleId: "heads-divisible-by-tp",
        messageId: "heads",
        file: "examples/stepvideo/t2v/pretrain_t2v_model.json",
        pointer: "/predictor/num_heads",
        line: expect.any(Number),
        message: "num_heads 48 is not divisible by TP = 5",
        hint: expect.stringMatching(/^use TP in \{1,2,3,4,6,8,12,16,24,48\}/),
        related: ["17: TP = 5 is set here"],
      },
    ]);
  });
});
