// Edges the one-mistake run fixtures pass by, on the example tree with a few edits: env-var-range
// for each kind of documented range (a value list, integer bounds, a prefix) and a number that is
// not a plain integer; encoder-dp's offload interval around 1 and encoder DP with PP = 1;
// data-storage-mode when the data file lacks the objects it reads or its value is rejected;
// num-frames-vae-chunk against the paired model's ae.frame_len, below one chunk, and on data files
// without a numeric num_frames; feature-flags on a raw (t2v) dataset and on data files it cannot
// read a dataset_type from; feature-task-match for t2v training on i2v features and where the files
// cannot tell.
import { describe, expect, it } from "vitest";
import { type Edit, ruleOnEditedExample } from "./edited-example.js";

const PRETRAIN = "examples/stepvideo/t2v/pretrain_t2v.sh";
const PRETRAIN_MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";
const EXTRACTION_DATA = "examples/stepvideo/feature_extract/data.json";
const EXTRACTION_I2V = "examples/stepvideo/feature_extract/feature_extraction_i2v.sh";
const EXTRACTION_I2V_MODEL = "examples/stepvideo/feature_extract/model_stepvideo_i2v.json";
const edited = ruleOnEditedExample("svc-edges-");

/** The rule's diagnostics on the example tree with one edit. */
const found = (ruleId: string, edit: Edit) => edited(ruleId, [edit]);

describe("env-var-range", () => {
  const exported = (name: string, line: number, value: string, expected: string) => ({
    messageId: "range",
    file: PRETRAIN,
    pointer: `/${name}`,
    line,
    message: `${name}=${value} is outside its documented values (${expected})`,
    hint: `Use ${expected}.`,
  });
  it.each([
    [
      "a value not in the list",
      "TASK_QUEUE_ENABLE=2",
      "TASK_QUEUE_ENABLE=3",
      exported("TASK_QUEUE_ENABLE", 8, "3", "one of 0, 1, 2"),
    ],
    [
      "a value without the prefix",
      "PYTORCH_NPU_ALLOC_CONF=expandable_segments:True",
      "PYTORCH_NPU_ALLOC_CONF=garbage_collection_threshold:0.6",
      exported("PYTORCH_NPU_ALLOC_CONF", 7, "garbage_collection_threshold:0.6", '"expandable_segments:<value>"'),
    ],
    [
      "one past the upper bound",
      "HCCL_CONNECT_TIMEOUT=1800",
      "HCCL_CONNECT_TIMEOUT=7201",
      exported("HCCL_CONNECT_TIMEOUT", 6, "7201", "an integer in [120, 7200]"),
    ],
    // Number("1e3") is 1000, inside the bounds, but CANN reads the text as an integer
    [
      "a number that is not written as an integer",
      "HCCL_CONNECT_TIMEOUT=1800",
      "HCCL_CONNECT_TIMEOUT=1e3",
      exported("HCCL_CONNECT_TIMEOUT", 6, "1e3", "an integer in [120, 7200]"),
    ],
  ])("reports %s", async (_, from, to, expected) => {
    expect(await found("env-var-range", [PRETRAIN, `export ${from}`, `export ${to}`])).toEqual([expected]);
  });

  it.each(["120", "7200"])("accepts the bound HCCL_CONNECT_TIMEOUT=%s", async (value) => {
    const edit: [string, string, string] = [PRETRAIN, "HCCL_CONNECT_TIMEOUT=1800", `HCCL_CONNECT_TIMEOUT=${value}`];
    expect(await found("env-var-range", edit)).toEqual([]);
  });
});

describe("encoder-dp", () => {
  // the example's pretrain model trains on text features (load_text_features true), with PP = 1
  const offload = (interval: number): [string, string, string] => [
    PRETRAIN_MODEL,
    '"enable_encoder_dp": false',
    `"enable_encoder_dp": false,\n  "encoder_offload_interval": ${interval}`,
  ];
  it("reports an offload interval above 1 with text features, naming it", async () => {
    expect(await found("encoder-dp", offload(2))).toEqual([
      {
        messageId: "features",
        file: PRETRAIN_MODEL,
        pointer: "/encoder_offload_interval",
        line: 5,
        message:
          "encoder_offload_interval is 2 but load_text_features is true: the text encoder is not built (AttributeError)",
        hint: "Use 1 when training on extracted features.",
      },
    ]);
  });

  it("accepts an offload interval of 1 with text features", async () => {
    expect(await found("encoder-dp", offload(1))).toEqual([]);
  });

  it("reports encoder DP with text features, but not against a run with PP = 1", async () => {
    const edit: [string, string, string] = [PRETRAIN_MODEL, '"enable_encoder_dp": false', '"enable_encoder_dp": true'];
    expect((await found("encoder-dp", edit)).map((d) => [d.messageId, d.pointer])).toEqual([
      ["features", "/enable_encoder_dp"],
    ]);
  });
});

describe("data-storage-mode", () => {
  it.each([
    ["without dataset_param", '"dataset_param": {', '"dataset_params": {'],
    ["without basic_parameters", '"basic_parameters": {', '"basic_params": {'],
    ["whose basic_parameters is not an object", '"basic_parameters": {', '"basic_parameters": 5, "x": {'],
    // the schema's type and enum findings say what is wrong; "missing" would be untrue
    ["whose data_storage_mode is a number", '"data_storage_mode": "standard"', '"data_storage_mode": 5'],
    ["of t2v records with a mode T2VDataset rejects", '"data_storage_mode": "standard"', '"data_storage_mode": "vace"'],
  ])("leaves an extraction data file %s to the schema", async (_, from, to) => {
    expect(await found("data-storage-mode", [EXTRACTION_DATA, from, to])).toEqual([]);
  });
});

describe("num-frames-vae-chunk", () => {
  const chunk = (frames: number, len: string, hint: string) => ({
    messageId: "chunk",
    file: EXTRACTION_DATA,
    pointer: "/dataset_param/preprocess_parameters/num_frames",
    line: 14,
    message: `num_frames ${frames} is not a multiple of the VAE chunk length ${len}`,
    hint,
  });

  // model_stepvideo.json, paired with data.json, without its ae.frame_len: the rule falls back to 17
  const noFrameLen: Edit = [
    "examples/stepvideo/feature_extract/model_stepvideo.json",
    '"z_channels": 64,\n    "frame_len": 17',
    '"z_channels": 64',
  ];

  it("names the two nearest multiples, and only the upper one below one chunk", async () => {
    const frames = (n: number) =>
      edited("num-frames-vae-chunk", [noFrameLen, [EXTRACTION_DATA, '"num_frames": 136', `"num_frames": ${n}`]]);
    expect(await frames(130)).toEqual([chunk(130, "17", "Use 119 or 136.")]);
    expect(await frames(10)).toEqual([chunk(10, "17", "Use 17.")]);
  });

  // feature_extraction_i2v.sh is made to read data.json too, so it has two runs: the first pairs it with
  // model_stepvideo.json (frame_len removed), the second with model_stepvideo_i2v.json (frame_len 16)
  it("uses the first paired model that sets ae.frame_len, and says it came from there", async () => {
    const edits: Edit[] = [
      noFrameLen,
      [EXTRACTION_I2V_MODEL, '"frame_len": 17', '"frame_len": 16'],
      [EXTRACTION_I2V, "feature_extract/data_i2v.json", "feature_extract/data.json"],
    ];
    expect(await edited("num-frames-vae-chunk", edits)).toEqual([
      chunk(136, "16 (ae.frame_len of the paired model file)", "Use 128 or 144."),
    ]);
  });

  it.each([
    ["without dataset_param", '"dataset_param": {', '"dataset_params": {'],
    ["without preprocess_parameters", '"preprocess_parameters": {', '"preprocess_params": {'],
    // the schema's type finding says what is wrong; JavaScript would compute "100" % 17 as 15 and report it
    ["whose num_frames is a string", '"num_frames": 136', '"num_frames": "100"'],
  ])("leaves a data file %s alone", async (_, from, to) => {
    expect(await found("num-frames-vae-chunk", [EXTRACTION_DATA, from, to])).toEqual([]);
  });
});

const T2V_DATA = "examples/stepvideo/t2v/data_static_resolution.json";
const EXTRACTION = "examples/stepvideo/feature_extract/feature_extraction.sh";
const EXTRACTION_MODEL = "examples/stepvideo/feature_extract/model_stepvideo.json";
const noDatasetParam: Edit = [T2V_DATA, '"dataset_param": {', '"dataset_params": {'];

describe("feature-flags", () => {
  it("reports a feature flag set for a t2v (raw) dataset, naming what the dataset yields", async () => {
    const edit: Edit = [
      "examples/stepvideo/t2v/posttrain_t2v_model.json",
      '"load_video_features": false',
      '"load_video_features": true',
    ];
    expect(await found("feature-flags", edit)).toEqual([
      {
        messageId: "flag",
        file: "examples/stepvideo/t2v/posttrain_t2v_model.json",
        pointer: "/load_video_features",
        line: 2,
        message: 'load_video_features is true but the data file\'s dataset_type is "t2v" (raw videos and captions)',
        hint: "Set load_video_features false for a t2v dataset, or point --mm-data at the matching data file.",
      },
    ]);
  });

  // the pretrain model's flags are true: a rule that took the missing type for "not feature" would report both
  it.each([
    ["without dataset_param", noDatasetParam],
    ["whose dataset_type is neither feature nor t2v", [T2V_DATA, '"dataset_type": "feature"', '"dataset_type": "i2v"']],
  ] as [string, Edit][])("leaves a data file %s alone", async (_, edit) => {
    expect(await found("feature-flags", edit)).toEqual([]);
  });
});

describe("feature-task-match", () => {
  // Both extraction scripts then use the i2v model file: every feature in ./sora_features/ has image latents.
  const allI2v: Edit = [EXTRACTION, "feature_extract/model_stepvideo.json", "feature_extract/model_stepvideo_i2v.json"];
  it("reports t2v training on features extracted with ae.i2v_processor", async () => {
    expect(await edited("feature-task-match", [allI2v])).toEqual([
      {
        messageId: "mismatch",
        file: T2V_DATA,
        pointer: "/dataset_param/basic_parameters/data_folder",
        line: 6,
        message:
          "this t2v run trains on features from ./sora_features/, which examples/stepvideo/feature_extract/feature_extraction.sh extracts with ae.i2v_processor (image latents)",
        hint: "Extract with model_stepvideo.json (no i2v_processor) for t2v training.",
      },
    ]);
  });

  const t2v = (from: string, to: string): Edit[] => [allI2v, [T2V_DATA, from, to]];
  it.each([
    ["a raw (t2v) dataset", t2v('"dataset_type": "feature"', '"dataset_type": "t2v"')],
    ["a data file without dataset_param", t2v('"dataset_param": {', '"dataset_params": {')],
    ["a data file without basic_parameters", t2v('"basic_parameters": {', '"basic_params": {')],
    [
      "features from a folder no extraction writes",
      t2v('"data_folder": "./sora_features/"', '"data_folder": "./other/"'),
    ],
    // the t2v extraction's model (without ae, or unknown) then reads as no i2v_processor, and the
    // i2v extraction writes to ./sora_features/ too: the files cannot tell
    ["features whose extraction's model has no ae", [[EXTRACTION_MODEL, '"ae": {', '"vae": {']]],
    ["features whose extraction's model file is missing", [[EXTRACTION, "model_stepvideo.json", "missing.json"]]],
  ] as [string, Edit[]][])("says nothing for t2v training on %s", async (_, edits) => {
    expect(await edited("feature-task-match", edits)).toEqual([]);
  });
});
