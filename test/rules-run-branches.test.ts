// Secondary branches of run rules that the one-mistake fixtures pass by: the inference path and a
// non-default VAE frame length in cp-divides-latent-frames, an export of the wrong value in
// cuda-device-max-connections, checkpoint-format for DPO, without --ckpt-format and without --save.
// cjk-text-preprocessing by model role and with its key absent. Each row edits the example tree
// (or one of its files) and asserts the diagnostic of the rule under test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateText } from "../src/index.js";
import { ruleOnEditedExample } from "./edited-example.js";
import { fixturesDir } from "./fixture-cases.js";

const T2V = "examples/stepvideo/t2v";

/** The rule's diagnostics on the example tree with these edits ([file, from, to]). */
const found = ruleOnEditedExample("svc-branches-");

describe("cp-divides-latent-frames", () => {
  it("reads an inference run's frames from pipeline_config.input_size[0]", async () => {
    expect(await found("cp-divides-latent-frames", [[`${T2V}/inference_t2v.sh`, "CP=1", "CP=5"]])).toEqual([
      {
        messageId: "latent",
        file: `${T2V}/inference_t2v_model.json`,
        pointer: "/pipeline_config/input_size/0",
        line: 73,
        message: "204 frames make 36 latent frames, which CP = 5 does not divide",
        hint: "use CP in {1,2,3,4,6,9,12,18,36} for 36 latent frames",
      },
    ]);
  });

  it("counts latent frames with the model's own ae.frame_len", async () => {
    const dpo = await found("cp-divides-latent-frames", [
      [`${T2V}/posttrain_t2v_dpo.sh`, "CP=1", "CP=8"],
      [`${T2V}/posttrain_t2v_model.json`, '"frame_len": 17', '"frame_len": 34'],
    ]);
    expect(dpo.map((d) => [d.file, d.message])).toEqual([
      [`${T2V}/data_dpo.json`, "136 frames make 12 latent frames, which CP = 8 does not divide"],
    ]);
  });
});

describe("cuda-device-max-connections", () => {
  it("names the value a script exports, at its export line", async () => {
    const diagnostics = await found("cuda-device-max-connections", [
      [`${T2V}/pretrain_t2v.sh`, "export CUDA_DEVICE_MAX_CONNECTIONS=1", "export CUDA_DEVICE_MAX_CONNECTIONS=2"],
    ]);
    expect(diagnostics).toEqual([
      {
        messageId: "missing",
        file: `${T2V}/pretrain_t2v.sh`,
        pointer: "/CUDA_DEVICE_MAX_CONNECTIONS",
        line: 5,
        message: "TP = 4 but the script exports CUDA_DEVICE_MAX_CONNECTIONS=2; MindSpeed-MM's argument check fails",
        hint: "Add `export CUDA_DEVICE_MAX_CONNECTIONS=1` near the top of the script.",
      },
    ]);
  });

  it("accepts an export of the environment's value, which the script cannot see", async () => {
    const edit: [string, string, string] = [
      `${T2V}/pretrain_t2v.sh`,
      "export CUDA_DEVICE_MAX_CONNECTIONS=1",
      "export CUDA_DEVICE_MAX_CONNECTIONS",
    ];
    expect(await found("cuda-device-max-connections", [edit])).toEqual([]);
  });
});

describe("checkpoint-format", () => {
  const dpo = `${T2V}/posttrain_t2v_dpo.sh`;
  it("applies to DPO runs that save", async () => {
    const diagnostics = await found("checkpoint-format", [[dpo, "--ckpt-format torch", "--ckpt-format torch_dist"]]);
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      [
        dpo,
        67,
        "the run saves checkpoints with --ckpt-format torch_dist; mm-convert resplit and the mp_rank_XX layout need torch",
      ],
    ]);
  });

  it("points at --save when --ckpt-format is absent, naming the default", async () => {
    const pretrain = `${T2V}/pretrain_t2v.sh`;
    const diagnostics = await found("checkpoint-format", [
      [pretrain, "    --save $SAVE_PATH \\\n    --ckpt-format torch", "    --save $SAVE_PATH"],
    ]);
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      [
        pretrain,
        67,
        "the run saves checkpoints with --ckpt-format torch_dist (the default); mm-convert resplit and the mp_rank_XX layout need torch",
      ],
    ]);
  });

  it("says nothing for a run that saves nothing", async () => {
    const pretrain = `${T2V}/pretrain_t2v.sh`;
    const edit: [string, string, string] = [
      pretrain,
      "    --save $SAVE_PATH \\\n    --ckpt-format torch",
      "    --seed 1",
    ];
    expect(await found("checkpoint-format", [edit])).toEqual([]);
  });
});

describe("cjk-text-preprocessing", () => {
  const model = (name: string) => readFileSync(join(fixturesDir, "example", T2V, name), "utf8");
  it("flags use_prompt_preprocess on an inference model only", () => {
    const inference = model("inference_t2v_model.json").replace(
      '"use_prompt_preprocess": false',
      '"use_prompt_preprocess": true',
    );
    const flagged = validateText("model", inference, "m.json").filter((d) => d.ruleId === "cjk-text-preprocessing");
    expect(flagged.map((d) => [d.pointer, d.message])).toEqual([
      [
        "/use_prompt_preprocess",
        "use_prompt_preprocess is true: text cleaning removes Chinese characters from every prompt",
      ],
    ]);
    const pretrain = JSON.parse(model("pretrain_t2v_model.json"));
    const text = JSON.stringify({ ...pretrain, use_prompt_preprocess: true }, null, 2);
    expect(validateText("model", text, "m.json").filter((d) => d.ruleId === "cjk-text-preprocessing")).toEqual([]);
  });

  it("flags a t2v dataset that leaves enable_text_preprocessing at its default, at dataset_param", () => {
    const data = JSON.parse(readFileSync(join(fixturesDir, "example", T2V, "data_dpo.json"), "utf8"));
    delete data.dataset_param.enable_text_preprocessing;
    const flagged = validateText("data-dpo", JSON.stringify(data, null, 2), "d.json").filter(
      (d) => d.ruleId === "cjk-text-preprocessing",
    );
    expect(flagged.map((d) => [d.pointer, d.message])).toEqual([
      [
        "/dataset_param",
        "enable_text_preprocessing is absent (default true): text cleaning removes Chinese characters from every caption",
      ],
    ]);
    data.dataset_param.dataset_type = "feature";
    expect(
      validateText("data-dpo", JSON.stringify(data), "d.json").filter((d) => d.ruleId === "cjk-text-preprocessing"),
    ).toEqual([]);
  });
});
