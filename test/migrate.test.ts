// `migrate --to 26.0.0` on every upstream release tree and fork (copied to a temporary folder, never
// written in place): afterwards the check under 26.0.0 finds no error, or only what needs the user's
// choice; a second run changes nothing; the library computes without writing; downgrades work too.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { type Diagnostic, fix, migrate } from "../src/index.js";
import { runCli } from "./cli-run.js";
import { filesUnder, hasUpstream, releaseTrees, skipReason, upstreamDir } from "./upstream-paths.js";

if (!hasUpstream) console.warn(skipReason);

/** What the pre-2.1.0 forks need a person to decide (values with no 26.0.0 equivalent, misplaced keys, run-level flags). */
const NEEDS_CHOICE = new Set([
  "schema /dataset_param/preprocess_parameters/video_processor_type",
  "schema /dataset_param/preprocess_parameters/video_reader_type",
  "schema /dataset_param/basic_parameters/data_storage_mode",
  "unknown-key /dataset_param/preprocess_parameters/dataloader_num_workers",
  "unknown-key /dataset_param/preprocess_parameters/skip_define_frame_index",
  "feature-flags /load_video_features",
  "feature-flags /load_text_features",
]);
/** Trees whose remaining errors are all in NEEDS_CHOICE; every other tree migrates clean. */
const WITH_CHOICES = new Set(["forks/moguizhizi/d1ec89ea12bc", "forks/shanshuo/605380c11114"]);

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "svc-migrate-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir, "").map((f) => [relative(dir, f), readFileSync(f, "latin1")]));
}

const errorsOf = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.severity === "error");

describe.skipIf(!hasUpstream)("migrate --to 26.0.0", () => {
  for (const tree of hasUpstream ? releaseTrees() : []) {
    it(`${tree.name}: errors only where a choice is needed, and a second run changes nothing`, async () => {
      const dir = copyOf(tree.dir);
      const first = await runCli(["migrate", "--to", "26.0.0", "--format", "json"], dir);
      const remaining = errorsOf(first.stdout).map((d) => `${d.ruleId} ${d.pointer}`);
      if (WITH_CHOICES.has(tree.name)) {
        expect(remaining.length).toBeGreaterThan(0);
        for (const r of remaining) expect(NEEDS_CHOICE, r).toContain(r);
      } else expect(remaining).toEqual([]);
      expect(first.status).toBe(remaining.length > 0 ? 1 : 0);

      const migrated = snapshot(dir);
      const second = await runCli(["migrate", "--to", "26.0.0", "--format", "json"], dir);
      expect(second.stderr).toBe("");
      expect(snapshot(dir)).toEqual(migrated);
    });
  }

  for (const release of ["2.1.0", "2.2.0", "2.3.0", "26.0.0"]) {
    it(`check --fix changes nothing in the ${release} files under release ${release}`, async () => {
      const result = await fix({ cwd: join(upstreamDir, release), release });
      expect(result.changes).toEqual([]);
      expect(result.skipped).toEqual([]);
    });
  }

  it("renames the pre-2.1.0 predictor keys of a fork and names what it left", async () => {
    const dir = copyOf(join(upstreamDir, "forks/moguizhizi/d1ec89ea12bc"));
    const { stderr, stdout } = await runCli(["migrate", "--to", "26.0.0", "--format", "json"], dir);
    const model = "examples/stepvideo/t2v/pretrain_t2v_model.json";
    expect(stderr).toContain(
      `${model}: Rename \`predictor.num_attention_heads\` to "num_heads" (renamed before 2.1.0); Rename \`predictor.attention_head_dim\` to "head_dim" (renamed before 2.1.0)`,
    );
    expect(JSON.parse(readFileSync(join(dir, model), "utf8")).predictor).toMatchObject({
      num_heads: 48,
      head_dim: 128,
    });
    const left = errorsOf(stdout).filter((d) => d.file === "examples/stepvideo/t2v/data_static_resolution.json");
    expect(left.map((d) => [d.ruleId, d.pointer])).toContainEqual([
      "schema",
      "/dataset_param/preprocess_parameters/video_reader_type",
    ]);
  });

  it("--dry-run prints the 2.3.0 tools.json change as a diff and writes nothing", async () => {
    const dir = copyOf(join(upstreamDir, "2.3.0"));
    const before = snapshot(dir);
    const result = await runCli(["migrate", "--to", "26.0.0", "--dry-run"], dir);
    expect(result.stdout).toContain(
      '-            "aic_metrics_type": "PipeUtilization"\n+            "aic_metrics_type": "PipeUtilization",\n+            "analyse_flag": true\n',
    );
    expect(result.stdout.match(/^\+\+\+ /gm)).toHaveLength(1);
    expect(result.status).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it("keeps CRLF line endings and the indentation of the file it adds a key to", async () => {
    const dir = copyOf(join(upstreamDir, "2.3.0"));
    const tools = join(dir, "mindspeed_mm/tools/tools.json");
    const crlf = readFileSync(tools, "utf8").replace(/\n/g, "\r\n");
    writeFileSync(tools, crlf);
    await runCli(["migrate", "--to", "26.0.0", "mindspeed_mm/tools/tools.json"], dir);
    expect(readFileSync(tools, "utf8")).toBe(
      crlf.replace(
        '"aic_metrics_type": "PipeUtilization"\r\n',
        '"aic_metrics_type": "PipeUtilization",\r\n            "analyse_flag": true\r\n',
      ),
    );
  });

  it("the library returns the edits and what remains, and writes nothing", async () => {
    const dir = copyOf(join(upstreamDir, "forks/shanshuo/605380c11114"));
    const before = snapshot(dir);
    const result = await migrate({ cwd: dir, to: "26.0.0" });
    expect(result.changes.map((c) => c.file)).toEqual(["examples/stepvideo/feature_extract/data.json"]);
    expect(result.remaining.map((d) => `${d.ruleId} ${d.pointer}`)).toContain(
      "schema /dataset_param/preprocess_parameters/video_reader_type",
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("migrates 26.0.0 down to 2.2.0: the histogram key's old name back, analyse_flag removed", async () => {
    const dir = copyOf(join(upstreamDir, "26.0.0"));
    const result = await runCli(["migrate", "--to", "2.2.0", "--format", "json"], dir);
    expect(result.stderr).toContain('Rename `dpo.histogram_path` to "histgram_path" (named so before 2.3.0)');
    expect(result.stderr).toContain("Remove `profile.static_param.analyse_flag` (read since 26.0.0)");
    expect(errorsOf(result.stdout)).toEqual([]);
  });

  it("rejects a missing or unknown --to and --release", async () => {
    const dir = copyOf(join(upstreamDir, "2.3.0"));
    expect(await runCli(["migrate"], dir)).toMatchObject({ status: 2, stderr: /--to RELEASE/ });
    expect(await runCli(["migrate", "--to", "3.0"], dir)).toMatchObject({
      status: 2,
      stderr: /Unsupported release "3.0"/,
    });
    expect(await runCli(["migrate", "--to", "26.0.0", "--release", "2.3.0"], dir)).toMatchObject({
      status: 2,
      stderr: /not --release/,
    });
  });
});
