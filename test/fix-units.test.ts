// The pieces of --fix: eslint's non-overlapping application, the unified diff, and the atomic
// write that leaves the original byte for byte when it fails.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../src/fix/apply-fixes.js";
import { writeAtomic } from "../src/fix/atomic-write.js";
import { unifiedDiff } from "../src/fix/unified-diff.js";
import { writeChanges } from "../src/fix/write-changes.js";

const fix = (start: number, end: number, text: string) => ({
  range: [start, end] as [number, number],
  text,
  title: text,
});

describe("applyFixes", () => {
  it("applies fixes in position order whatever order they come in", () => {
    expect(applyFixes("abcdef", [fix(4, 5, "E"), fix(0, 1, "A")])).toMatchObject({ output: "AbcdEf" });
  });

  it("skips a fix that overlaps or touches one already taken, as eslint does", () => {
    const result = applyFixes("abcdef", [fix(0, 3, "X"), fix(2, 4, "Y"), fix(3, 3, "Z"), fix(5, 6, "F")]);
    expect(result.output).toBe("XdeF");
    expect(result.applied.map((f) => f.text)).toEqual(["X", "F"]);
  });

  it("ignores a range outside the text", () => {
    expect(applyFixes("ab", [fix(1, 9, "X"), fix(-1, 0, "Y")]).output).toBe("ab");
  });
});

describe("unifiedDiff", () => {
  it("prints one hunk with three lines of context, as diff -u", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    expect(unifiedDiff("a.json", before, before.replace("5\n", "five\n"))).toBe(
      "--- a/a.json\n+++ b/a.json\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
    );
  });

  it("splits distant changes into hunks and joins near ones", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i}\n`);
    const after = lines.map((l, i) => (i === 1 || i === 5 || i === 18 ? `X${l}` : l));
    const diff = unifiedDiff("f", lines.join(""), after.join(""));
    expect(diff.match(/^@@.*@@$/gm)).toEqual(["@@ -1,9 +1,9 @@", "@@ -16,5 +16,5 @@"]);
  });

  it("marks a missing final newline and an added line", () => {
    expect(unifiedDiff("f", "a\nb", "a\nb\nc\n")).toBe(
      "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n",
    );
    expect(unifiedDiff("f", "same\n", "same\n")).toBe("");
  });
});

describe("writeAtomic", () => {
  const fileIn = (text: string, mode = 0o640) => {
    const dir = mkdtempSync(join(tmpdir(), "svc-atomic-"));
    const path = join(dir, "model.json");
    writeFileSync(path, text);
    chmodSync(path, mode);
    return { dir, path };
  };

  it("replaces the file, keeps its mode and leaves no temporary file", async () => {
    const { dir, path } = fileIn('{"a": 1.0}\n');
    await writeAtomic(path, '{"a": 1}\n');
    expect(readFileSync(path, "utf8")).toBe('{"a": 1}\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["model.json"]);
  });

  it("rewrites the file a symlink names and keeps the link", async () => {
    const { dir, path } = fileIn("{}\n");
    const link = join(dir, "link.json");
    symlinkSync(path, link);
    await writeAtomic(link, '{"b": 2}\n');
    expect(readFileSync(path, "utf8")).toBe('{"b": 2}\n');
    expect(readFileSync(link, "utf8")).toBe('{"b": 2}\n');
  });

  it("leaves the original byte for byte when the rename fails", async () => {
    const original = Buffer.from('{"num_heads": 48.0, "x": "\u00e9"}\r\n');
    const { dir, path } = fileIn("");
    writeFileSync(path, original);
    const failing = {
      rename: async () => {
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      },
    };
    await expect(writeAtomic(path, '{"num_heads": 48}\n', failing)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(readdirSync(dir)).toEqual(["model.json"]);
    const change = { file: "model.json", path, before: original.toString("utf8"), after: "{}", applied: [] };
    await expect(writeChanges([change], failing)).rejects.toThrow(
      /could not write model.json \(ENOSPC.*it is unchanged/,
    );
    expect(readFileSync(path).equals(original)).toBe(true);
  });

  it("refuses a file that changed on disk since it was read", async () => {
    const { path } = fileIn('{"a": 2}\n');
    const change = { file: "model.json", path, before: '{"a": 1.0}\n', after: '{"a": 1}\n', applied: [] };
    await expect(writeChanges([change])).rejects.toThrow(/changed while it was being fixed/);
    expect(readFileSync(path, "utf8")).toBe('{"a": 2}\n');
  });
});
