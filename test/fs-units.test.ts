// Unit tables for small fs modules that the dataset scan leans on: the per-rule cap on line findings
// (and merging the findings of a file's later part) and the wording of a file fault's cause.
import { describe, expect, it } from "vitest";
import { CappedFindings, type LineFinding } from "../src/fs/capped-findings.js";
import { describeFault } from "../src/fs/file-fault.js";

const finding = (line: number): LineFinding => ({ file: "/d.jsonl", line, pointer: "", messageId: "m", data: {} });

describe("CappedFindings", () => {
  it("keeps the first 20 findings of a rule and counts the rest", () => {
    const found = new CappedFindings();
    for (let line = 1; line <= 22; line++) found.add("dataset-records", finding(line));
    const { shown, more } = found.of("dataset-records");
    expect(shown.map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(more).toBe(2);
    expect(found.of("other-rule")).toEqual({ shown: [], more: 0 });
  });

  it("absorbs a later part's findings with shifted lines, up to the cap, adding its overflow count", () => {
    const first = new CappedFindings();
    for (let line = 1; line <= 19; line++) first.add("r", finding(line));
    const later = new CappedFindings();
    for (let line = 1; line <= 21; line++) later.add("r", finding(line));
    first.absorb(later.byRule, 100);
    const { shown, more } = first.of("r");
    expect(shown).toHaveLength(20);
    expect(shown.at(-1)).toEqual(finding(101));
    expect(more).toBe(19 + 1);
  });
});

describe("describeFault", () => {
  it.each([
    [{ reason: "notFile", type: "a FIFO" } as const, "is a FIFO, not a regular file"],
    [
      { reason: "tooLarge", size: 5 * 1024 * 1024, limit: 64 * 1024 * 1024 } as const,
      "is 5.0 MB, more than the 64 MB read whole",
    ],
    [
      { reason: "tooLarge", size: 10 * 1024 * 1024 - 1, limit: 10 * 1024 * 1024 } as const,
      "is 10.0 MB, more than the 10 MB read whole",
    ],
    [{ reason: "io", code: "EIO", message: "i/o error" } as const, "cannot be read (EIO)"],
  ])("%o", (fault, expected) => {
    expect(describeFault(fault)).toBe(expected);
  });
});
