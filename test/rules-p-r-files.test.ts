// Branches of raw-data-text-processing (a file rule) and path-missing (--check-paths) that the
// fixtures pass by, found by mutation testing of src/rules/[p-r]*.ts: each missing key of a raw-video
// dataset with its own hint, the flag left at its default, a data file without dataset_param, and a
// missing path under a list (tokenizer/*/from_pretrained) with the message and hint a user reads.
// The run rules' branches: rules-p-r-branches.test.ts.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, validateText } from "../src/index.js";
import { fixturesDir } from "./fixture-cases.js";
import { edit, lineOf, materializedExample } from "./fs-tree.js";

const T2V = "examples/stepvideo/t2v";

describe("raw-data-text-processing", () => {
  const text = readFileSync(join(fixturesDir, "example", T2V, "data_dpo.json"), "utf8");
  /** The rule's diagnostics on the example's raw-video (t2v) DPO data file after `change`. */
  const found = (change: (data: { dataset_param?: Record<string, unknown> }) => void) => {
    const data = JSON.parse(text);
    change(data);
    return validateText("data-dpo", JSON.stringify(data, null, 2), "data_dpo.json")
      .filter((d) => d.ruleId === "raw-data-text-processing")
      .map(({ messageId, pointer, line, message, hint }) => ({ messageId, pointer, line, message, hint }));
  };
  const param = (change: (p: Record<string, unknown>) => void) => found((d) => change(d.dataset_param!));

  it("reports use_text_processer left at its default at dataset_param", () => {
    expect(param((p) => delete p.use_text_processer)).toEqual([
      {
        messageId: "processer",
        pointer: "/dataset_param",
        line: 2,
        message:
          "use_text_processer is absent (default false): a raw-video dataset produces no token ids and the text encoder fails",
        hint: 'Set "use_text_processer": true.',
      },
    ]);
  });

  it("reports a missing tokenizer_config at dataset_param", () => {
    expect(param((p) => delete p.tokenizer_config)).toEqual([
      {
        messageId: "missing",
        pointer: "/dataset_param",
        line: 2,
        message: "`dataset_param` lacks `tokenizer_config`, which a raw-video dataset needs",
        hint: "Add the two tokenizers: stepchat, then BertTokenizer.",
      },
    ]);
  });

  it.each([
    ["train_fps", "Add train_fps (e.g. 8); without it every sample fails and the loader ends in RecursionError."],
    ["video_reader_type", "Add video_reader_type (StepVideo: DecordVideo)."],
    ["video_processor_type", "Add video_processor_type (StepVideo: CogVideoXProcessor)."],
  ])("reports a missing %s with the value StepVideo uses", (key, hint) => {
    expect(param((p) => delete (p.preprocess_parameters as Record<string, unknown>)[key])).toEqual([
      {
        messageId: "missing",
        pointer: "/dataset_param/preprocess_parameters",
        line: 9,
        message: `\`dataset_param.preprocess_parameters\` lacks \`${key}\`, which a raw-video dataset needs`,
        hint,
      },
    ]);
  });

  it("says nothing for a data file without dataset_param (the schema requires it)", () => {
    expect(found((d) => delete d.dataset_param)).toEqual([]);
  });
});

describe("path-missing", () => {
  it("reports a missing path in an element of a list, by its index", async () => {
    const model = `${T2V}/inference_t2v_model.json`;
    const tokenizer = "./ckpt/stepvideo/hunyuan_clip/tokenizer";
    const root = materializedExample();
    try {
      edit(root, model, tokenizer, `${tokenizer}_v2`);
      const { diagnostics } = await check({ paths: [root], checkPaths: true });
      // toMatchObject on an array: exactly these diagnostics, each with at least these fields
      expect(diagnostics.filter((d) => d.ruleId === "path-missing")).toMatchObject([
        {
          messageId: "path",
          file: model,
          pointer: "/tokenizer/1/from_pretrained",
          line: lineOf(root, model, "tokenizer_v2"),
          message: `${tokenizer}_v2 does not exist on this machine`,
          hint: "Paths resolve from the root the scripts run in (the MindSpeed-MM checkout, or --root).",
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
