// check({ sources }): unsaved buffers are read instead of the files on disk, wherever the engine
// loads a config or a launch script (selected files, scripts that may name them, files runs name).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { sourceReader } from "../src/fs/source-reader.js";
import { exampleCopy } from "./overlay-tree.js";

const T2V = "examples/stepvideo/t2v";
const MODEL = `${T2V}/pretrain_t2v_model.json`;
const SCRIPT = `${T2V}/pretrain_t2v.sh`;
const found = (report: Awaited<ReturnType<typeof check>>) =>
  report.diagnostics.map((d) => ({ ruleId: d.ruleId, file: d.file, pointer: d.pointer }));

describe("check with unsaved sources", () => {
  const root = exampleCopy("svc-sources-");
  const disk = (file: string) => readFileSync(join(root, file), "utf8");

  it("checks a selected config's buffer, not the file on disk", async () => {
    const sources = new Map([[join(root, MODEL), disk(MODEL).replace('"num_layers": 48,', '"num_layers": 48.0,')]]);
    expect(found(await check({ cwd: root, paths: [MODEL] }))).toEqual([]);
    expect(found(await check({ cwd: root, paths: [MODEL], sources }))).toEqual([
      { ruleId: "integer-token", file: MODEL, pointer: "/predictor/num_layers" },
    ]);
  });

  it("evaluates an unselected launch script from its buffer for the runs naming a selected file", async () => {
    const script = disk(SCRIPT)
      .replace(/^TP=4$/m, "TP=8")
      .replace(/^CP=2$/m, "CP=4");
    const report = await check({ cwd: root, paths: [MODEL], sources: new Map([[join(root, SCRIPT), script]]) });
    expect(found(report)).toContainEqual({
      ruleId: "heads-divisible-by-tp-cp",
      file: MODEL,
      pointer: "/predictor/num_heads",
    });
  });

  it("reads a file a selected script's run names from its buffer", async () => {
    const model = disk(MODEL).replace('"num_heads": 48,', '"num_heads": 36,');
    const report = await check({ cwd: root, paths: [SCRIPT], sources: new Map([[join(root, MODEL), model]]) });
    expect(found(report)).toContainEqual({
      ruleId: "heads-divisible-by-tp-cp",
      file: MODEL,
      pointer: "/predictor/num_heads",
    });
  });
});

describe("sourceReader", () => {
  const dir = mkdtempSync(join(tmpdir(), "svc-reader-"));
  const unsaved = join(dir, "never-saved.json");
  const reader = sourceReader(new Map([[unsaved, "{}"]]));

  it("answers from the overlay for a path that is not on disk", () => {
    expect(reader.exists(unsaved)).toBe(true);
    expect(reader.textSync(unsaved)).toBe("{}");
    expect(reader.readSync(unsaved)).toEqual({ ok: true, bytes: new TextEncoder().encode("{}") });
  });

  it("falls back to the disk, with its faults", () => {
    expect(reader.exists(join(dir, "absent.json"))).toBe(false);
    expect(reader.textSync(join(dir, "absent.json"))).toBe("");
    expect(reader.readSync(dir)).toEqual({ ok: false, fault: { reason: "notFile", type: "a directory" } });
    expect(reader.readSync(join(dir, "absent.json"))).toMatchObject({ ok: false, fault: { code: "ENOENT" } });
  });
});
