// num-frames-task stays an error; its hint names the two ways to relax it for a deliberate
// other frame count, and both work.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";

describe("num-frames-task", () => {
  it("is an error whose hint says how to relax it, by option or settings file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-nft-"));
    cpSync(join(fixturesDir, "runs", "num-frames-task"), dir, { recursive: true });
    const only = async (rules?: Record<string, "warning">) =>
      (await check({ paths: [dir], ...(rules ? { rules } : {}) })).diagnostics.filter(
        (d) => d.ruleId === "num-frames-task",
      );
    const [d] = await only();
    expect(d).toMatchObject({ severity: "error", pointer: "/dataset_param/preprocess_parameters/num_frames" });
    expect(d?.hint).toContain("--rule num-frames-task=warning");
    expect(d?.hint).toContain('"rules": { "num-frames-task": "off" }');
    expect(await only({ "num-frames-task": "warning" })).toMatchObject([{ severity: "warning" }]);
    writeFileSync(join(dir, "stepvideo-config.json"), '{ "rules": { "num-frames-task": "off" } }\n');
    expect(await only()).toEqual([]);
  });
});
