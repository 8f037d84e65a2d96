// Project settings (stepvideo-config.json at the root) and `plan`, whose layouts must be exactly
// the ones the run rules accept.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, plan, RELEASES, type Release, UsageError } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";

function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "svc-settings-"));
  cpSync(join(fixturesDir, "example"), dir, { recursive: true });
  return dir;
}

describe("stepvideo-config.json", () => {
  it("refuses a release the checks do not know, naming the ones they do", async () => {
    await expect(check({ paths: [exampleCopy()], release: "99.0.0" as Release })).rejects.toThrow(
      new UsageError(`Unsupported release "99.0.0"; supported: ${RELEASES.join(", ")}.`),
    );
  });

  it("sets rule severities and the release; options passed to check() win", async () => {
    const dir = exampleCopy();
    const script = join(dir, "examples/stepvideo/t2v/pretrain_t2v.sh");
    writeFileSync(script, readFileSync(script, "utf8").replace("--ckpt-format torch", "--ckpt-format torch_dist"));
    expect((await check({ paths: [dir] })).summary).toMatchObject({ errors: 0, warnings: 1 });
    writeFileSync(
      join(dir, "stepvideo-config.json"),
      '{ "release": "2.3.0", "rules": { "checkpoint-format": "error" } }',
    );
    const report = await check({ paths: [dir] });
    expect(report.release).toBe("2.3.0");
    const ckpt = (r: typeof report) => r.diagnostics.filter((d) => d.ruleId === "checkpoint-format");
    expect(ckpt(report)).toMatchObject([{ ruleId: "checkpoint-format", severity: "error" }]);
    expect(ckpt(await check({ paths: [dir], rules: { "checkpoint-format": "off" } }))).toEqual([]);
    // The example's tools.json is 26.0.0's: 2.3.0 does not read analyse_flag yet.
    expect(report.diagnostics.filter((d) => d.ruleId !== "checkpoint-format").map((d) => d.pointer)).toEqual([
      "/profile/static_param/analyse_flag",
    ]);
  });

  it("is a usage error, with line and column, when it breaks its schema", async () => {
    const dir = exampleCopy();
    writeFileSync(join(dir, "stepvideo-config.json"), '{\n  "rules": { "dead-key": "silent" }\n}\n');
    await expect(check({ paths: [dir] })).rejects.toThrow(
      /stepvideo-config\.json:2:\d+: \/rules\/dead-key must be equal to one of the allowed values/,
    );
    writeFileSync(join(dir, "stepvideo-config.json"), '{ "rules": { "no-such-rule": "off" } }');
    await expect(check({ paths: [dir] })).rejects.toBeInstanceOf(UsageError);
  });
});

describe("plan()", () => {
  it("lists the layouts of the mission's example: 48 heads on 32 NPUs never pair TP 8 with CP 4", () => {
    const p = plan({ worldSize: 32, task: "t2v" });
    expect(p).toMatchObject({ heads: 48, seqLength: 3072, frames: 136, latentFrames: 24 });
    const has = (TP: number, CP: number, PP: number) =>
      p.layouts.some((l) => l.TP === TP && l.CP === CP && l.PP === PP);
    expect(has(8, 4, 1)).toBe(false);
    expect(has(8, 2, 2)).toBe(true);
    expect(has(4, 8, 1)).toBe(false); // 4×8 = 32 does not divide 48 heads
    expect(has(4, 4, 2)).toBe(true);
    expect(has(1, 32, 1)).toBe(false); // 24 latent frames are not divisible by 32
    expect(p.layouts.find((l) => l.TP === 8 && l.CP === 2 && l.PP === 2)).toEqual({
      TP: 8,
      CP: 2,
      PP: 2,
      DP: 1,
      GBS: [1, 2, 4, 8],
    });
  });

  it("keeps i2v at CP 1 and inference at PP 1", () => {
    expect(plan({ worldSize: 8, task: "i2v" }).layouts.every((l) => l.CP === 1)).toBe(true);
    expect(plan({ worldSize: 8, task: "t2v", inference: true, frames: 204 }).layouts.every((l) => l.PP === 1)).toBe(
      true,
    );
  });

  it("agrees with the run rules on real scripts", async () => {
    const cases = [
      { tp: 4, cp: 2, world: 8 },
      { tp: 8, cp: 4, world: 32 },
      { tp: 2, cp: 3, world: 6 },
      { tp: 1, cp: 16, world: 16 },
    ];
    for (const { tp, cp, world } of cases) {
      const dir = exampleCopy();
      const script = join(dir, "examples/stepvideo/t2v/pretrain_t2v.sh");
      writeFileSync(
        script,
        readFileSync(script, "utf8")
          .replace("NPUS_PER_NODE=8", `NPUS_PER_NODE=${world}`)
          .replace("TP=4", `TP=${tp}`)
          .replace("CP=2", `CP=${cp}`),
      );
      const report = await check({ paths: [dir] });
      const planned = plan({ worldSize: world, task: "t2v" }).layouts.some(
        (l) => l.TP === tp && l.CP === cp && l.PP === 1,
      );
      expect(report.summary.errors === 0, `TP=${tp} CP=${cp} world ${world}`).toBe(planned);
    }
  });
});
