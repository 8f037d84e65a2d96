// A file a run reads but the user did not select is context: its own findings are not reported,
// only what the runs find through it. Checking one named model file must not report a mistake in
// the data file its launch scripts name, while checking that data file does.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { exampleCopy, replaceOnce } from "./overlay-tree.js";

const DATA = "examples/stepvideo/t2v/data_static_resolution.json";
const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";

describe("context files", () => {
  const root = exampleCopy("svc-context-");
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const path = join(root, DATA);
  writeFileSync(path, replaceOnce(readFileSync(path, "utf8"), '"dataloader_mode"', '"dataloader_mod"', DATA));

  it("a named model file's report leaves out its runs' data file's own findings", async () => {
    const report = await check({ paths: [join(root, MODEL)] });
    expect(report.summary.runs).toBeGreaterThan(0);
    expect(report.diagnostics.filter((d) => d.file === DATA)).toEqual([]);
  });

  it("naming the data file reports them", async () => {
    const report = await check({ paths: [path] });
    const own = report.diagnostics.filter((d) => d.file === DATA && d.severity !== "info");
    expect(own.map(({ ruleId, pointer }) => ({ ruleId, pointer }))).toEqual(
      expect.arrayContaining([{ ruleId: "unknown-key", pointer: "/dataloader_param/dataloader_mod" }]),
    );
  });
});
