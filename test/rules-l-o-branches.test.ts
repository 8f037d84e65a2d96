// Branches of the rules latent-channels, load-path-checkpoint, nonzero-intervals and num-frames-task
// that the one-mistake fixtures pass by (found by mutation testing of src/rules/[l-o]*.ts): a
// z_channels written out that differs, channels left at their defaults, a --log-interval of 0, data
// files the frame check has nothing to judge in, an iteration tracker's seven-digit folder and
// rank folders a file system lists out of order. Each row asserts the diagnostics a user reads.
import { promises as fsp, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { check, validateText } from "../src/index.js";
import { ruleOnEditedExample } from "./edited-example.js";
import { fixturesDir } from "./fixture-cases.js";
import { lineOf, materializedExample } from "./fs-tree.js";

const EX = "examples/stepvideo";
type Json = Record<string, unknown>;

/** One rule's diagnostics on an example file (path under fixtures/example) after `change`. */
function found(ruleId: string, kind: "model" | "data", path: string, change: (value: Json) => void, file = path) {
  const value = JSON.parse(readFileSync(join(fixturesDir, "example", path), "utf8"));
  change(value);
  return validateText(kind, JSON.stringify(value, null, 2), file)
    .filter((d) => d.ruleId === ruleId)
    .map(({ messageId, pointer, line, message, hint }) => ({ messageId, pointer, line, message, hint }));
}

describe("latent-channels", () => {
  const MODEL = `${EX}/t2v/inference_t2v_model.json`;
  const parts = (m: Json) => m as { predictor: Json; ae: Json };

  it("reports a z_channels written out at its value, without the default's note", () => {
    expect(found("latent-channels", "model", MODEL, (m) => (parts(m).ae.z_channels = 16))).toEqual([
      {
        messageId: "vae",
        pointer: "/ae/z_channels",
        line: 32,
        message: "predictor.in_channels 64 differs from ae.z_channels 16",
        hint: "vae_v2.safetensors has 64 latent channels: set ae.z_channels, predictor.in_channels and out_channels to 64.",
      },
    ]);
  });

  // in_channels defaults to 64 (out_channels to in_channels); a value written out is read as written
  it.each([
    ["in_channels and out_channels left at their default, with z_channels 64", undefined, 64],
    ["in_channels, out_channels and z_channels 16", 16, 16],
  ])("says nothing for %s", (_, channels, z) => {
    const change = (m: Json) => {
      const { predictor, ae } = parts(m);
      predictor.in_channels = predictor.out_channels = channels; // undefined: not printed
      ae.z_channels = z;
    };
    expect(found("latent-channels", "model", MODEL, change)).toEqual([]);
  });
});

describe("nonzero-intervals", () => {
  const edited = ruleOnEditedExample("svc-l-o-");
  const SCRIPT = `${EX}/t2v/pretrain_t2v.sh`;

  it("suggests an interval of 1 for --log-interval 0", async () => {
    expect(await edited("nonzero-intervals", [[SCRIPT, "--log-interval 1 ", "--log-interval 0 "]])).toEqual([
      {
        messageId: "zero",
        file: SCRIPT,
        pointer: "",
        line: 63,
        message: "--log-interval is 0; MindSpeed-MM raises ValueError",
        hint: "Use a positive interval (e.g. 1).",
      },
    ]);
  });
});

describe("num-frames-task", () => {
  const DATA = `${EX}/t2v/data_static_resolution.json`;
  const param = (d: Json) => d.dataset_param as Json;
  const preprocess = (d: Json) => param(d).preprocess_parameters as Json;

  // the schema's required findings say what is missing; outside t2v/ and i2v/ no run names a task
  it.each([
    ["without dataset_param", (d: Json) => delete d.dataset_param, DATA],
    ["without preprocess_parameters", (d: Json) => delete param(d).preprocess_parameters, DATA],
    ["without num_frames", (d: Json) => delete preprocess(d).num_frames, DATA],
    ["whose task nothing names", (d: Json) => (preprocess(d).num_frames = 130), "data.json"],
  ])("says nothing for a data file %s", (_, change, file) => {
    expect(found("num-frames-task", "data", DATA, change, file)).toEqual([]);
  });
});

describe("load-path-checkpoint", () => {
  const TP4 = "ckpt/stepvideo/converted_tp4";
  const TP8 = "ckpt/stepvideo/converted_tp8";
  const TP8_RUNS = [`${EX}/i2v/pretrain_i2v.sh`, `${EX}/t2v/posttrain_t2v_dpo.sh`];
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  /** The rule's diagnostics on the materialized example tree after `change`. */
  const onTree = async (change: (root: string) => void) => {
    const root = materializedExample();
    roots.push(root);
    change(root);
    const { diagnostics } = await check({ paths: [root], checkPaths: true });
    return {
      root,
      found: diagnostics
        .filter((d) => d.ruleId === "load-path-checkpoint")
        .map(({ messageId, file, pointer, line, message }) => ({ messageId, file, pointer, line, message })),
    };
  };
  const onLoadPath = (root: string, scripts: string[], messageId: string, message: string) =>
    scripts.map((file) => ({
      messageId,
      file,
      pointer: "/LOAD_PATH",
      line: lineOf(root, file, "LOAD_PATH="),
      message,
    }));

  it("reads an iteration number as its seven-digit folder, whose every rank needs weights", async () => {
    const { root, found } = await onTree((root) => {
      writeFileSync(join(root, TP8, "latest_checkpointed_iteration.txt"), "1000\n");
      renameSync(join(root, TP8, "release"), join(root, TP8, "iter_0001000"));
      rmSync(join(root, TP8, "iter_0001000/mp_rank_05/model_optim_rng.pt"));
    });
    expect(found).toEqual(
      onLoadPath(root, TP8_RUNS, "noWeights", `./${TP8}/iter_0001000/mp_rank_05 has no model_optim_rng.pt`),
    );
  });

  it("names the iteration folder a tracker names when it is not there", async () => {
    const { root, found } = await onTree((root) =>
      writeFileSync(join(root, TP8, "latest_checkpointed_iteration.txt"), "20"),
    );
    expect(found).toEqual(
      onLoadPath(
        root,
        TP8_RUNS,
        "noIteration",
        `./${TP8} has no iter_0000020 folder, which latest_checkpointed_iteration.txt names`,
      ),
    );
  });

  // Node (libuv) lists a folder sorted on Linux and macOS, but on Windows in the file system's own
  // order (FAT and exFAT: the order the files were written); this listing reverses the rank folders
  it("accepts rank folders listed out of order", async () => {
    const readdir = fsp.readdir;
    const spy = vi.spyOn(fsp, "readdir").mockImplementation((async (path: string, options?: never) => {
      const names = (await readdir(path, options)) as string[];
      return String(path).endsWith("release") ? [...names].reverse() : names;
    }) as typeof fsp.readdir);
    try {
      expect((await onTree(() => {})).found).toEqual([]);
      expect(spy).toHaveBeenCalledWith(expect.stringContaining(join(TP4, "release")));
    } finally {
      spy.mockRestore();
    }
  });
});
