// Unit tables for how a check sees a project: file kinds by name and content, entry point and task,
// paths, a run built from a script's evaluation, the documents loaded for it. Each row pins a
// branch that the whole-tree tests pass through without telling apart.
import { describe, expect, it } from "vitest";
import { JsonDocument } from "../src/document/json-document.js";
import { buildRun, type ParsedFile } from "../src/project/build-runs.js";
import { classifyContent, kindFromName } from "../src/project/classify.js";
import { entryPoint, taskOfModel, taskOfPath } from "../src/project/entry-and-task.js";
import { FILE_NAMES, kindOfName, shadowedNames } from "../src/project/file-names.js";
import { loadDocument, unreadableDocument } from "../src/project/load-document.js";
import { relativePosix, resolveFromRoot } from "../src/project/paths.js";
import { summarizeRun } from "../src/project/run-summary.js";
import type { ScriptArg, ScriptEvaluation } from "../src/project/script/evaluate-script.js";

describe("file names", () => {
  it.each([
    ["data.json", "data"],
    ["DATA.JSON", "data"],
    ["data_i2v.json", "data"],
    ["data_dpo.json", "data-dpo"],
    ["data_dpo_t2v.json", "data-dpo"],
    ["pretrain_t2v_model.json", "model"],
    ["model_stepvideo.json", "model"],
    ["model_stepvideo_i2v.json", "model"],
    ["tools.json", "tools"],
    ["video_score_histogram.json", "histogram"],
    ["stepvideo-config.json", "settings"],
  ])("%s is a %s file", (name, kind) => {
    expect(kindOfName(name)).toBe(kind);
    expect(kindFromName(`examples/stepvideo/t2v/${name}`)).toBe(kind);
  });

  it.each(["data.json.bak", "mydata.json", "model.json", "tools.jsonc", "data_json", "x/data.json/y"])(
    "%s is no config name",
    (name) => expect(kindOfName(name)).toBeUndefined(),
  );

  it("lists, for each entry, the earlier names its own patterns would also match", () => {
    const shadowed = Object.fromEntries(FILE_NAMES.map((entry) => [entry.kind, shadowedNames(entry)]));
    expect(shadowed).toEqual({
      "data-dpo": [],
      data: ["data_dpo*.json"],
      model: [],
      tools: [],
      histogram: [],
      settings: [],
    });
  });
});

describe("classification by content", () => {
  const model = { predictor: {}, diffusion: {} };
  it.each<[string, unknown, string, string | undefined]>([
    ["model keys", model, "x.json", "model"],
    ["model keys and $schema", { $schema: "x", ...model }, "x.json", "model"],
    ["data keys", { dataset_param: {}, dataloader_param: {} }, "x.json", "data"],
    ["data keys in a DPO-named file", { dataset_param: {}, dataloader_param: {} }, "a/data_dpo.json", "data-dpo"],
    ["no known key", { foo: 1 }, "data.json", undefined],
    ["only $schema", { $schema: "x" }, "data.json", undefined],
    ["an array", [model], "x.json", undefined],
    ["null", null, "x.json", undefined],
    ["a number", 3, "x.json", undefined],
  ])("%s", (_, value, path, kind) => expect(classifyContent(value, path)).toBe(kind));

  it("a tie between kinds decides nothing, a strict majority decides", () => {
    const tie = { predictor: {}, dataset_param: {} };
    expect(classifyContent(tie, "x.json")).toBeUndefined();
    expect(classifyContent({ ...tie, diffusion: {} }, "x.json")).toBe("model");
  });
});

describe("entry point and task", () => {
  it.each([
    ["pretrain_sora.py", "pretrain"],
    ["mindspeed_mm/../pretrain_sora.py", "pretrain"],
    ["C:\\work\\posttrain_sora_dpo.py", "dpo"],
    ["posttrain_stepvideo_dpo.py", "dpo"],
    ["./inference_sora.py", "inference"],
    ["mindspeed_mm/tools/get_sora_feature.py", "feature-extraction"],
    ["my_pretrain_wrapper.py", undefined],
    ["pretrain_sora.pyc", undefined],
  ])("%s starts %s", (file, entry) => expect(entryPoint(file)).toBe(entry));

  it.each<[string, unknown, ReturnType<typeof taskOfModel>]>([
    ["task i2v", { task: "i2v" }, { task: "i2v", source: "`task` in the model file" }],
    ["task t2v", { task: "t2v", predictor: {} }, { task: "t2v", source: "`task` in the model file" }],
    [
      "an inference pipeline for t2v",
      { pipeline_class: "StepVideoPipeline", pipeline_config: { model_type: "t2v" } },
      { task: "t2v", source: "`pipeline_config.model_type` in the model file" },
    ],
    [
      "an inference pipeline for i2v",
      { pipeline_class: "StepVideoPipeline", pipeline_config: { model_type: "i2v" } },
      { task: "i2v", source: "`pipeline_config.model_type` in the model file" },
    ],
    ["a pipeline_config without pipeline_class", { pipeline_config: { model_type: "t2v" } }, undefined],
    [
      "a pipeline_config with a numeric model_type",
      { pipeline_class: "P", pipeline_config: { model_type: 1 } },
      undefined,
    ],
    [
      "an i2v processor",
      { ae: { i2v_processor: {} }, predictor: {} },
      { task: "i2v", source: "`ae.i2v_processor` in the model file" },
    ],
    [
      "an extraction model without a processor",
      { ae: {} },
      { task: "t2v", source: "the extraction model file (no `ae.i2v_processor`)" },
    ],
    [
      "use_additional_conditions true",
      { ae: {}, predictor: { use_additional_conditions: true } },
      { task: "i2v", source: "`predictor.use_additional_conditions` in the model file" },
    ],
    [
      "use_additional_conditions false",
      { predictor: { use_additional_conditions: false } },
      { task: "t2v", source: "`predictor.use_additional_conditions` in the model file" },
    ],
    ["use_additional_conditions as a string", { predictor: { use_additional_conditions: "true" } }, undefined],
    ["a predictor alone", { predictor: {} }, undefined],
    ["null", null, undefined],
    ["a string", "i2v", undefined],
  ])("a model with %s", (_, model, expected) => expect(taskOfModel(model)).toEqual(expected));

  it.each([
    ["examples/stepvideo/i2v/pretrain.sh", "i2v"],
    ["examples/stepvideo/T2V/pretrain.sh", "t2v"],
    ["data_i2v.json", "i2v"],
    ["feature-t2v.json", "t2v"],
    ["a\\i2v\\x.sh", "i2v"],
    ["i2v_and_t2v.sh", "i2v"],
    ["ti2v/data.json", undefined],
    ["i2vx/t2v_y", "t2v"],
    ["x.I2V", "i2v"],
    ["t2v2/data.json", undefined],
    ["examples/stepvideo/pretrain.sh", undefined],
  ])("the path %s says %s", (path, task) => expect(taskOfPath(path)).toBe(task));
});

describe("paths", () => {
  it("resolves against the root unless absolute, and shows POSIX paths relative to it", () => {
    expect(resolveFromRoot("/r", "a/b.json")).toBe("/r/a/b.json");
    expect(resolveFromRoot("/r", "./a/../b.json")).toBe("/r/b.json");
    expect(resolveFromRoot("/r", "/abs/b.json")).toBe("/abs/b.json");
    expect(relativePosix("/r", "/r/a/b.json")).toBe("a/b.json");
    expect(relativePosix("/r", "/other/b.json")).toBe("../other/b.json");
  });
});

/** A script's evaluation that launches `entry` with these arguments (line 10 onwards). */
function evaluation(entry: string | undefined, args: Omit<ScriptArg, "line" | "column">[]): ScriptEvaluation {
  return {
    vars: new Map(),
    exports: new Map(),
    ...(entry
      ? {
          launch: {
            launcher: "torchrun",
            entry,
            line: 9,
            column: 1,
            args: args.map((a, i) => ({ ...a, line: 10 + i, column: 5 })),
            launcherArgs: [],
          },
        }
      : {}),
  };
}

describe("buildRun", () => {
  const model = (text: string): ParsedFile => ({ doc: new JsonDocument(text), kind: "model", role: "pretrain" });

  it("resolves each config flag against the root and attaches the parsed file", () => {
    const parsed = model('{"predictor": {"use_additional_conditions": true}}');
    const run = buildRun(
      "examples/stepvideo/t2v/pretrain.sh",
      evaluation("pretrain_sora.py", [
        { flag: "--mm-model", value: "./examples/stepvideo/x_model.json" },
        { flag: "--mm-data", value: "/nowhere/data.json" },
        { flag: "--lr", value: "1e-5" },
      ]),
      "/r",
      (file) => (file === "examples/stepvideo/x_model.json" ? parsed : undefined),
    );
    expect(run.entry).toBe("pretrain");
    expect(run.configs.model).toEqual({
      role: "model",
      written: "./examples/stepvideo/x_model.json",
      file: "examples/stepvideo/x_model.json",
      at: { line: 10, column: 5 },
      exists: true,
      kind: "model",
      modelRole: "pretrain",
      doc: parsed.doc,
    });
    expect(run.configs.data).toEqual({
      role: "data",
      written: "/nowhere/data.json",
      file: "../nowhere/data.json",
      at: { line: 11, column: 5 },
      exists: false,
    });
    expect(Object.keys(run.configs)).toEqual(["model", "data"]);
    // The model file states the task; it wins over the script's path.
    expect([run.task, run.taskSource]).toEqual(["i2v", "`predictor.use_additional_conditions` in the model file"]);
  });

  it("keeps a flag whose value is unknown or missing as written, and never as existing", () => {
    const run = buildRun(
      "run.sh",
      evaluation("pretrain_sora.py", [
        { flag: "--mm-data", value: "$DATA_DIR/data.json", unknown: "$DATA_DIR is set from the environment" },
        { flag: "--mm-tool" },
      ]),
      "/r",
      () => model("{}"),
    );
    expect(run.configs.data).toEqual({
      role: "data",
      written: "$DATA_DIR/data.json",
      at: { line: 10, column: 5 },
      exists: false,
    });
    expect(run.configs.tool).toEqual({ role: "tool", written: "", at: { line: 11, column: 5 }, exists: false });
  });

  it("takes the task from the script's path, then from the data file's, and says so", () => {
    const data = [{ flag: "--mm-data", value: "cfg/data_i2v.json" }];
    const fromScript = buildRun("examples/t2v/run.sh", evaluation("pretrain_sora.py", data), "/r", () => undefined);
    expect([fromScript.task, fromScript.taskSource]).toEqual(["t2v", "the script's path"]);
    const fromData = buildRun("run.sh", evaluation("pretrain_sora.py", data), "/r", () => undefined);
    expect([fromData.task, fromData.taskSource]).toEqual(["i2v", "the script's path"]);
    const none = buildRun("run.sh", evaluation("pretrain_sora.py", []), "/r", () => undefined);
    expect("task" in none || "taskSource" in none).toBe(false);
  });

  it("a model file that does not parse states no task", () => {
    const run = buildRun(
      "i2v/run.sh",
      evaluation("pretrain_sora.py", [{ flag: "--mm-model", value: "m_model.json" }]),
      "/r",
      () => model('{"task": "t2v",'),
    );
    expect(run.task).toBe("i2v");
  });

  it("has no entry without a launch or for an unknown entry file", () => {
    expect("entry" in buildRun("run.sh", evaluation(undefined, []), "/r", () => undefined)).toBe(false);
    expect("entry" in buildRun("run.sh", evaluation("wrapper.py", []), "/r", () => undefined)).toBe(false);
  });
});

describe("loading a document", () => {
  const how = (explicit: boolean) => ({ explicit });

  it("classifies by content, else by name when named or unparsable, else leaves a walked file out", () => {
    expect(loadDocument("x.json", '{"predictor": {}, "diffusion": {}}', how(false))?.kind).toBe("model");
    expect(loadDocument("data.json", '{"foo": 1}', how(true))?.kind).toBe("data");
    expect(loadDocument("data.json", '{"foo": 1}', how(false))).toBeUndefined();
    expect(loadDocument("data.json", '{"foo": ', how(false))?.kind).toBe("data");
    expect(loadDocument("other.json", '{"foo": ', how(false))).toBeUndefined();
    const named = loadDocument("other.json", '{"foo": 1}', how(true));
    expect(named && { kind: named.kind, explicit: named.explicit }).toEqual({ kind: undefined, explicit: true });
    expect(named && "kind" in named).toBe(false);
  });

  it("a given kind wins over content, and a model gets its role", () => {
    const data = loadDocument("a.json", '{"dataset_param": {}}', how(false), "model");
    expect([data?.kind, data?.role]).toEqual(["model", "feature-extraction"]);
    const pretrain = '{"predictor": {}, "diffusion": {}}';
    expect(loadDocument("a.json", pretrain, how(false))?.role).toBe("pretrain");
    const asTools = loadDocument("a.json", pretrain, how(false), "tools");
    expect([asTools?.kind, asTools && "role" in asTools]).toEqual(["tools", false]);
    expect(loadDocument("a_model.json", '{"predictor": ', how(false))?.role).toBeUndefined();
  });

  it("an unreadable file keeps its fault and the kind its name gives", () => {
    const fault = { reason: "fifo" as const };
    const doc = unreadableDocument("tools.json", fault as never, how(false));
    expect(doc && { kind: doc.kind, fault: doc.fault, text: doc.doc.text }).toEqual({ kind: "tools", fault, text: "" });
    expect(unreadableDocument("notes.json", fault as never, how(false))).toBeUndefined();
    const named = unreadableDocument("notes.json", fault as never, how(true));
    expect(named && "kind" in named).toBe(false);
    expect(named?.fault).toBe(fault);
  });
});

describe("a run as the report lists it", () => {
  const layout = (run: ReturnType<typeof buildRun>) => summarizeRun(run).parallel;
  it("names its entry (unknown when none), task and files, and each parallel value", () => {
    const run = buildRun(
      "i2v/run.sh",
      evaluation("inference_sora.py", [
        { flag: "--mm-model", value: "m_model.json" },
        { flag: "--mm-tool", value: "tools.json" },
        { flag: "--mm-data", value: "$X", unknown: "$X is set from the environment" },
      ]),
      "/r",
      () => undefined,
    );
    const summary = summarizeRun(run);
    expect(summary).toEqual({
      script: "i2v/run.sh",
      entry: "inference",
      task: "i2v",
      model: "m_model.json",
      tool: "tools.json",
      parallel: layout(run),
    });
    expect(summary.parallel.TP).toBe(1);
    const bare = summarizeRun(buildRun("run.sh", evaluation("wrapper.py", []), "/r", () => undefined));
    expect(Object.keys(bare)).toEqual(["script", "entry", "parallel"]);
    expect(bare.entry).toBe("unknown");
    const data = summarizeRun(
      buildRun("run.sh", evaluation("x.py", [{ flag: "--mm-data", value: "d.json" }]), "/r", () => undefined),
    );
    expect(data.data).toBe("d.json");
    expect("model" in data || "tool" in data).toBe(false);
  });
});
