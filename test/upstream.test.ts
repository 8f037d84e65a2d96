// Acceptance over the real configs of MindSpeed-MM releases: every JSON file is classified as
// the kind (and model role) its upstream name says, and the 26.0.0 files pass with no error,
// also with a top-level "$schema" key added.
import { readFileSync } from "node:fs";
import { basename, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check, schemaIds, validateText, type FileKind } from "../src/index.js";
import { filesUnder, hasUpstream, releaseTrees, skipReason, upstreamDir } from "./upstream-paths.js";

if (!hasUpstream) console.warn(skipReason);

/** The kind and role MindSpeed-MM's own file names stand for. */
function expectedFromName(path: string): { kind: FileKind; role?: string } {
  const name = basename(path);
  if (name === "data_dpo.json") return { kind: "data-dpo" };
  if (name.startsWith("data")) return { kind: "data" };
  if (name === "tools.json") return { kind: "tools" };
  if (name.startsWith("model_stepvideo")) return { kind: "model", role: "feature-extraction" };
  if (name.startsWith("pretrain_")) return { kind: "model", role: "pretrain" };
  if (name.startsWith("inference_")) return { kind: "model", role: "inference" };
  if (name.startsWith("posttrain_")) return { kind: "model", role: "dpo" };
  throw new Error(`no expectation for ${path}`);
}

describe.skipIf(!hasUpstream)("upstream MindSpeed-MM configs", () => {
  for (const tree of hasUpstream ? releaseTrees() : []) {
    it(`classifies every JSON file of ${tree.name}`, async () => {
      const report = await check({ paths: [tree.dir] });
      const files = filesUnder(tree.dir, ".json");
      expect(files.length).toBeGreaterThan(0);
      for (const path of files) {
        const entry = report.files.find((f) => f.file === relative(tree.dir, path));
        expect(entry, path).toMatchObject(expectedFromName(path));
      }
    });
  }

  it("finds no error in the 26.0.0 files", async () => {
    const report = await check({ paths: [`${upstreamDir}26.0.0`] });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.summary.files).toBe(filesUnder(`${upstreamDir}26.0.0`, ".json").length);
  });

  it('accepts a top-level "$schema" key in every 26.0.0 file', async () => {
    const report = await check({ paths: [`${upstreamDir}26.0.0`] });
    for (const entry of report.files) {
      const kind = entry.kind as FileKind;
      const text = readFileSync(`${upstreamDir}26.0.0/${entry.file}`, "utf8").replace("{", `{\n  "$schema": "${schemaIds[kind]}",`);
      const diagnostics = validateText(kind, text, entry.file).filter((d) => d.severity !== "info");
      const before = validateText(kind, readFileSync(`${upstreamDir}26.0.0/${entry.file}`, "utf8"), entry.file).filter((d) => d.severity !== "info");
      expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual(before.map((d) => [d.ruleId, d.pointer]));
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});
