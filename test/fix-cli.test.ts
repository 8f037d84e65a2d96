// `check --fix` and `--fix-dry-run` as a user meets them: every fix kind applied in one run with
// the layout kept, a second run changing nothing, the diff printed, and files with a JSON syntax
// error or invalid UTF-8 never touched.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fix } from "../src/index.js";
import { runCli } from "./cli-run.js";
import { exampleCopy } from "./overlay-tree.js";

const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";
const DPO = "examples/stepvideo/t2v/posttrain_t2v_model.json";

/** The example tree with one mistake of each fixable kind. */
function treeWithMistakes(): string {
  const dir = exampleCopy("svc-fix-");
  const edit = (file: string, pairs: [string, string][]) => {
    let text = readFileSync(join(dir, file), "utf8");
    for (const [from, to] of pairs) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(join(dir, file), text);
  };
  edit(MODEL, [
    ['"num_heads": 48,', '"num_heads": 48.0,'],
    ['"dtype": "bf16"', '"dtype": "bfloat16"'],
    ['"head_dim": 128', '"head_dimm": 128'],
  ]);
  edit(DPO, [['"histogram_path"', '"histgram_path"']]);
  return dir;
}

describe("check --fix", () => {
  it("applies each fix kind, keeps the layout, and a second run changes nothing", async () => {
    const dir = treeWithMistakes();
    const pristine = readFileSync(join(exampleCopy(), MODEL), "utf8");
    const first = await runCli(["check", "--fix", "--format", "json"], dir);
    expect(first.stderr).toContain(
      `${MODEL}: Replace "bfloat16" with "bf16"; Replace 48.0 with 48; Rename "head_dimm" to "head_dim"`,
    );
    expect(first.stderr).toContain(`${DPO}: Rename "histgram_path" to "histogram_path"`);
    expect(readFileSync(join(dir, MODEL), "utf8")).toBe(pristine);
    expect(JSON.parse(first.stdout).summary.errors).toBe(0);
    expect(first.status).toBe(0);

    const before = statSync(join(dir, MODEL)).mtimeMs;
    const second = await runCli(["check", "--fix"], dir);
    expect(second.stderr).toBe("");
    expect(statSync(join(dir, MODEL)).mtimeMs).toBe(before);
  });

  it("--fix-dry-run prints the unified diff, writes nothing and exits 1", async () => {
    const dir = treeWithMistakes();
    const before = readFileSync(join(dir, DPO), "utf8");
    const result = await runCli(["check", "--fix-dry-run", DPO], dir);
    expect(result.stdout).toBe(
      [
        `--- a/${DPO}`,
        `+++ b/${DPO}`,
        "@@ -3,7 +3,7 @@",
        '   "load_text_features": false,',
        '   "enable_encoder_dp": false,',
        '   "dpo": {',
        '-    "histgram_path": "./datasets/dpo/video_score_histogram.json",',
        '+    "histogram_path": "./datasets/dpo/video_score_histogram.json",',
        '     "weight_alpha": 0,',
        '     "weight_beta": null,',
        '     "loss_beta": 2000',
        "",
      ].join("\n"),
    );
    expect(result.status).toBe(1);
    expect(readFileSync(join(dir, DPO), "utf8")).toBe(before);
    expect((await runCli(["check", "--fix-dry-run", "examples/stepvideo/i2v"], dir)).status).toBe(0);
  });

  it("never touches a file with a JSON syntax error or one that is not UTF-8", async () => {
    const dir = treeWithMistakes();
    const broken = Buffer.from(readFileSync(join(dir, MODEL), "utf8").replace(/}\s*$/, "},\n"));
    writeFileSync(join(dir, MODEL), broken);
    const latin1 = Buffer.concat([
      Buffer.from(readFileSync(join(dir, DPO), "utf8").replace('"bf16"', '"bfloat16"')),
      Buffer.from([0x20, 0xe9]),
    ]);
    writeFileSync(join(dir, DPO), latin1);
    const result = await runCli(["check", "--fix", "--format", "json"], dir);
    expect(result.stderr).toContain(`${MODEL}: left unchanged (a JSON syntax error)`);
    expect(result.stderr).toContain(`${DPO}: left unchanged (not valid UTF-8)`);
    expect(readFileSync(join(dir, MODEL)).equals(broken)).toBe(true);
    expect(readFileSync(join(dir, DPO)).equals(latin1)).toBe(true);
    const ids = JSON.parse(result.stdout).diagnostics.map(
      (d: { ruleId: string; file: string }) => `${d.ruleId} ${d.file}`,
    );
    expect(ids).toEqual(expect.arrayContaining([`json-syntax ${MODEL}`, `json-syntax ${DPO}`]));
  });

  it("a rule turned off offers no fix, and the library only computes the edits", async () => {
    const dir = treeWithMistakes();
    const before = readFileSync(join(dir, MODEL), "utf8");
    const result = await fix({ cwd: dir, paths: [MODEL], rules: { "integer-token": "off", "unknown-key": "off" } });
    expect(result.changes.map((c) => [c.file, c.applied])).toEqual([[MODEL, ['Replace "bfloat16" with "bf16"']]]);
    expect(readFileSync(join(dir, MODEL), "utf8")).toBe(before);
  });

  it("rejects --fix with --fix-dry-run, and migrate's flags on check", async () => {
    const dir = exampleCopy();
    expect(await runCli(["check", "--fix", "--fix-dry-run"], dir)).toMatchObject({ status: 2, stderr: /not both/ });
    expect(await runCli(["check", "--to", "26.0.0"], dir)).toMatchObject({ status: 2, stderr: /belong to migrate/ });
  });
});
