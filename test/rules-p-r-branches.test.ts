// Branches of the run rules pipeline-layers, recompute-settings and pretrain-load-missing that the
// one-mistake run fixtures pass by (found by mutation testing of src/rules/[p-r]*.ts): stage counts
// at their bounds, virtual pipelines, layer counts per stage for uniform recomputation, models the
// rules cannot read, and DPO runs. Each row edits the example tree and asserts the rule's
// diagnostics as a user reads them. File-rule and --check-paths branches: rules-p-r-files.test.ts.
import { describe, expect, it } from "vitest";
import { type Edit, ruleOnEditedExample } from "./edited-example.js";

const T2V = "examples/stepvideo/t2v";
const SCRIPT = `${T2V}/pretrain_t2v.sh`;
const MODEL = `${T2V}/pretrain_t2v_model.json`;
const found = ruleOnEditedExample("svc-p-r-");

/** PP = 2 (CP = 1 keeps the layout whole), and VP = vp when given. */
const pipeline = (vp?: number): Edit[] =>
  vp === undefined
    ? [[SCRIPT, "PP=1\nCP=2", "PP=2\nCP=1"]]
    : [
        [SCRIPT, "PP=1\nCP=2", `PP=2\nVP=${vp}\nCP=1`],
        [
          SCRIPT,
          "    --pipeline-model-parallel-size ${PP} \\",
          "    --pipeline-model-parallel-size ${PP} \\\n    --virtual-pipeline-model-parallel-size ${VP} \\",
        ],
      ];
/** The predictor's pipeline_num_layers, on line 10 of the model file. */
const stages = (list: string): Edit => [
  MODEL,
  '"num_layers": 48,',
  `"num_layers": 48,\n    "pipeline_num_layers": ${list},`,
];
const numLayers = (to: string): Edit => [MODEL, '    "num_layers": 48,\n', to];

describe("pipeline-layers", () => {
  const at = (messageId: string, pointer: string, message: string, hint?: string) => ({
    messageId,
    file: MODEL,
    pointer,
    line: pointer === "/predictor" ? 5 : 10,
    message,
    hint,
  });
  const LIST = "/predictor/pipeline_num_layers";

  it("suggests no even split when PP does not divide num_layers", async () => {
    expect(await found("pipeline-layers", [...pipeline(), numLayers('    "num_layers": 47,\n')])).toEqual([
      at(
        "missing",
        "/predictor",
        "PP = 2 but predictor has no pipeline_num_layers",
        "Add pipeline_num_layers with 2 stage sizes summing to num_layers.",
      ),
    ]);
  });

  it.each([
    ["a stage of 1 layer", "[1, 47]"],
    ["VP = 4 lists of PP = 2 stages", "[[6, 6], [6, 6], [6, 6], [6, 6]]", 4],
  ])("accepts %s", async (_, list, vp?: number) => {
    expect(await found("pipeline-layers", [...pipeline(vp), stages(list)])).toEqual([]);
  });

  it.each([
    ["an empty first stage", "[0, 48]", undefined, `${LIST}/0`, "0"],
    // the index counts through the virtual stages' lists; the pointer stays on the whole list
    ["an empty stage of a virtual stage", "[[12, 12], [0, 36]]", 2, LIST, "0", 2],
  ])("reports %s at its stage", async (_, list, vp, pointer, value, stage = 0) => {
    expect(await found("pipeline-layers", [...pipeline(vp), stages(list)])).toEqual([
      at("positive", pointer, `pipeline_num_layers gives stage ${stage} ${value} layers; every stage needs at least 1`),
    ]);
  });

  it("reports a list of lists without VP as nested, at the first list", async () => {
    expect(await found("pipeline-layers", [...pipeline(), stages("[24, [12, 12]]")])).toEqual([
      at(
        "nested",
        `${LIST}/1`,
        "pipeline_num_layers gives stage 1 a list (12,12), which only a virtual pipeline (VP > 1) reads",
        "With VP = 1 give one layer count per stage e.g. [24,24]; lists of lists need VP set to their number.",
      ),
    ]);
  });

  it("reports a virtual stage whose list is not PP long", async () => {
    expect(await found("pipeline-layers", [...pipeline(2), stages("[[12, 12], [12, 6, 6]]")])).toEqual([
      at(
        "virtual",
        LIST,
        "VP = 2 needs pipeline_num_layers as 2 lists of 2 stages",
        "Converted checkpoints cannot be virtual-pipelined; prefer VP=1.",
      ),
    ]);
  });

  // schema's required findings say what is missing; the rule has nothing to compare or split
  it.each([
    ["without num_layers", [stages("[24, 24]"), numLayers("")]],
    ["without predictor", [[MODEL, '"predictor": {', '"predictor_settings": {']]],
  ] as [string, Edit[]][])("says nothing for a model %s", async (_, edits) => {
    expect(await found("pipeline-layers", [...pipeline(), ...edits])).toEqual([]);
  });
});

describe("recompute-settings", () => {
  const FLAGS = "    --recompute-method block \\\n    --recompute-num-layers 48 \\\n";
  const uniform = (n: number): Edit => [
    SCRIPT,
    FLAGS,
    `    --recompute-method uniform \\\n    --recompute-num-layers ${n} \\\n`,
  ];
  const granularity = (to: string): Edit => [SCRIPT, "--recompute-granularity full", `--recompute-granularity ${to}`];

  it.each([
    ["--recompute-num-layers", "    --recompute-method block \\\n"],
    ["--recompute-method and --recompute-num-layers", ""],
  ])("names what full recomputation lacks: %s", async (missing, flags) => {
    expect(await found("recompute-settings", [[SCRIPT, FLAGS, flags]])).toEqual([
      {
        messageId: "incomplete",
        file: SCRIPT,
        pointer: "",
        line: 49,
        message: `--recompute-granularity full needs ${missing}`,
        hint: "Add --recompute-method block --recompute-num-layers <layers per stage>.",
      },
    ]);
  });

  it("reports a uniform count that does not divide a pipeline stage's layers", async () => {
    expect(await found("recompute-settings", [...pipeline(), stages("[24, 24]"), uniform(16)])).toEqual([
      {
        messageId: "uniform",
        file: SCRIPT,
        pointer: "",
        line: 51,
        message: "--recompute-method uniform with --recompute-num-layers 16: 24 layers per stage is not a multiple",
        hint: "Use --recompute-method block, or a --recompute-num-layers that divides every stage's layer count.",
      },
    ]);
  });

  it.each([
    ["a uniform count that divides num_layers", [uniform(24)]],
    // PP = 1: one stage of num_layers (48), whatever pipeline_num_layers says
    ["pipeline_num_layers with PP = 1", [stages("[24, 24]"), uniform(48)]],
    // argparse rejects the value; without full there is nothing to recompute
    ["a granularity neither full nor selective", [granularity("none"), [SCRIPT, FLAGS, ""]]],
    ["a model without num_layers", [numLayers(""), uniform(36)]],
    ["a model file that is not there", [[SCRIPT, "t2v/pretrain_t2v_model.json", "t2v/missing.json"], uniform(36)]],
  ] as [string, Edit[]][])("says nothing for %s", async (_, edits) => {
    expect(await found("recompute-settings", edits)).toEqual([]);
  });
});

describe("pretrain-load-missing", () => {
  it("reports a DPO script that sets LOAD_PATH without --load", async () => {
    const dpo = `${T2V}/posttrain_t2v_dpo.sh`;
    expect(await found("pretrain-load-missing", [[dpo, "    --load $LOAD_PATH \\\n", ""]])).toEqual([
      {
        messageId: "unused",
        file: dpo,
        pointer: "/LOAD_PATH",
        line: 26,
        message: "LOAD_PATH is set but the launch command has no --load: training starts from a random DiT",
        hint: "Add `--load $LOAD_PATH` to the training arguments (GPT_ARGS).",
      },
    ]);
  });
});
