// The scan's fast path accepts only records the generated validator accepts: over a table of
// valid and invalid records of both kinds, commonShape ⊆ schema, and the usual shapes take it.
import { describe, expect, it } from "vitest";
import { commonShape, type RecordKind, recordProblem } from "../src/fs/record-shape.js";
import { validateValue } from "../src/schema/validators.js";

const dataset: unknown[] = [
  { file: "a.mp4", captions: "x" },
  { file: "a.mp4", captions: ["x", "y"], aesthetic: 5.5, extra: { any: 1 } },
  { file: "a.mp4", captions: "" },
  { file: "a.mp4", captions: [] },
  { file: "a.mp4", captions: ["x", ""] },
  { file: "a.mp4", captions: ["x", 3] },
  { file: "a.mp4", captions: "x", aesthetic: "high" },
  { file: "a.mp4", captions: "x", aes: null },
  { file: "a.mp4", captions: "x", cap: 3 },
  { file: 3, captions: "x" },
  { captions: "x" },
  { file: "a.mp4" },
  { path: "a.mp4", cap: "x" },
  { path: "a.mp4" },
  { file: "a.mp4", path: "b.mp4", captions: "x" },
  [],
  null,
  "text",
  7,
];
const dpo: unknown[] = [
  { file: "a.mp4", file_rejected: "b.mp4", captions: "p", score: 0.9, score_rejected: 0.1 },
  { file: "a.mp4", file_rejected: "b.mp4", captions: ["p", ""], score: 1, score_rejected: 0 },
  { file: "a.mp4", file_rejected: "b.mp4", captions: "p", score: 1.5, score_rejected: 0.1 },
  { file: "a.mp4", file_rejected: "b.mp4", captions: "p", score: 0.9, score_rejected: -0.1 },
  { file: "a.mp4", captions: "p", score: 0.9, score_rejected: 0.1 },
  { file: "a.mp4", file_rejected: 2, captions: "p", score: 0.9, score_rejected: 0.1 },
  { file: "a.mp4", file_rejected: "b.mp4", captions: [1], score: 0.9, score_rejected: 0.1 },
];

describe("commonShape", () => {
  for (const [kind, records] of [
    ["dataset-record", dataset],
    ["dpo-record", dpo],
  ] as [RecordKind, unknown[]][])
    it(`accepts only valid ${kind}s, and the usual ones`, async () => {
      for (const r of records) {
        if (commonShape(kind, r)) expect(validateValue(kind, r), JSON.stringify(r)).toEqual([]);
        else if (validateValue(kind, r).length > 0) expect(await recordProblem(kind, r)).toBeDefined();
      }
      expect(commonShape(kind, records[0])).toBe(true);
      expect(commonShape(kind, records[1])).toBe(true);
    });
});
