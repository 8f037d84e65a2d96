// Branches of the file rules text-encoder-pairs, tool-sections and unknown-key, and the messages of
// rule-settings validation, that the fixtures pass by (found by mutation testing of
// src/rules/[s-z]*.ts): tokenizer order in model and DPO files, feature datasets the rule leaves
// alone, a tools.json a run names in another role, unknown keys at the top level and keys a release
// does not read yet, and a wrong --rule or rules option as the user reads it. The run rules'
// branches: rules-s-z-branches.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type FileKind, type Release, UsageError, validateText } from "../src/index.js";
import { parseRuleOptions, ruleSettings } from "../src/rules/settings.js";
import { ruleOnEditedExample } from "./edited-example.js";
import { fixturesDir } from "./fixture-cases.js";

const EX = "examples/stepvideo";
type Json = Record<string, unknown>;

/** One rule's diagnostics on an example file (path under fixtures/example) after `change`. */
function found(ruleId: string, kind: FileKind, path: string, change: (value: Json) => void, release?: Release) {
  const value = JSON.parse(readFileSync(join(fixturesDir, "example", path), "utf8"));
  change(value);
  return validateText(kind, JSON.stringify(value, null, 2), path, {}, release)
    .filter((d) => d.ruleId === ruleId)
    .map(({ messageId, pointer, line, message, hint }) => ({ messageId, pointer, line, message, hint }));
}

describe("text-encoder-pairs", () => {
  const param = (value: Json) => value.dataset_param as Json;
  const swap = (list: unknown) => (list as unknown[]).reverse();
  /** The order reports for a tokenizer list given BertTokenizer first, stepchat second. */
  const swapped = (pointer: string, lines: [number, number]) =>
    ["stepchat", "BertTokenizer"].map((expected, index) => ({
      messageId: "order",
      pointer: `${pointer}/${index}/autotokenizer_name`,
      line: lines[index],
      message: `${pointer.split("/").pop()}[${index}].autotokenizer_name is "${index ? "stepchat" : "BertTokenizer"}"; StepVideo needs "${expected}" at position ${index}`,
      hint: "StepVideo's order is stepchat, BertTokenizer; tokenizer i must belong to text encoder i.",
    }));

  it("reads a model's tokenizers by autotokenizer_name", () => {
    const model = `${EX}/t2v/inference_t2v_model.json`;
    expect(found("text-encoder-pairs", "model", model, (m) => swap(m.tokenizer))).toEqual(
      swapped("/tokenizer", [37, 43]),
    );
  });

  it("checks the tokenizer_config of a raw (t2v) DPO dataset", () => {
    const dpo = `${EX}/t2v/data_dpo.json`;
    expect(found("text-encoder-pairs", "data-dpo", dpo, (d) => swap(param(d).tokenizer_config))).toEqual(
      swapped("/dataset_param/tokenizer_config", [22, 28]),
    );
  });

  // a feature dataset's text is encoded already; a data file without dataset_param has the schema's finding
  it.each([
    ["a feature dataset's tokenizer_config", (d: Json) => swap(param(d).tokenizer_config)],
    ["a data file without dataset_param", (d: Json) => delete d.dataset_param],
  ])("says nothing about %s", (_, change) => {
    expect(found("text-encoder-pairs", "data", `${EX}/t2v/data_static_resolution.json`, change)).toEqual([]);
  });
});

describe("tool-sections", () => {
  const TOOLS = "mindspeed_mm/tools/tools.json";
  const EXTRACTION = `${EX}/feature_extract/feature_extraction.sh`;
  const edited = ruleOnEditedExample("svc-s-z-tools-");
  /** tools.json without sorafeature, and the i2v extraction script passing another tool file. */
  const base: [string, string, string][] = [
    [TOOLS, ',\n  "sorafeature": {\n    "save_path": "./sora_features"\n  }', ""],
    [`${EX}/feature_extract/feature_extraction_i2v.sh`, "tools/tools.json", "tools/extraction_tools.json"],
  ];

  it("reports the section an extraction run that passes the file as --mm-tool reads", async () => {
    expect(await edited("tool-sections", base)).toEqual([
      {
        messageId: "section",
        file: TOOLS,
        pointer: "",
        line: 1,
        message: `tools.json has no \`sorafeature\` section, which feature-extraction (${EXTRACTION}) reads`,
        hint: "Add the `sorafeature` section (see mindspeed_mm/tools/tools.json of your release).",
      },
    ]);
  });

  it("judges no section by a run that names the file as --mm-model and passes no --mm-tool", async () => {
    const asModel: [string, string, string][] = [
      [EXTRACTION, "feature_extract/model_stepvideo.json", "../../mindspeed_mm/tools/tools.json"],
      [EXTRACTION, "    --mm-model $MM_MODEL \\\n    --mm-tool $MM_TOOL", "    --mm-model $MM_MODEL"],
    ];
    expect(await edited("tool-sections", [...base, ...asModel])).toEqual([]);
  });
});

describe("unknown-key", () => {
  const MODEL = `${EX}/t2v/pretrain_t2v_model.json`;
  const unknown = (pointer: string, line: number, message: string, hint: string) => ({
    messageId: "unknown",
    pointer,
    line,
    message,
    hint,
  });

  it("names the top level as such, and hints at the documentation when no key is near", () => {
    // toMatchObject on an array: exactly this diagnostic, at whatever line the re-serialised file gives it
    expect(found("unknown-key", "model", MODEL, (m) => Object.assign(m, { wibble: 1 }))).toMatchObject([
      {
        messageId: "unknown",
        pointer: "/wibble",
        message: "`wibble` is not a key MindSpeed-MM reads in the top level; it is ignored",
        hint: "Remove it, or check the key name against the StepVideo documentation.",
      },
    ]);
  });

  it("reports keys a release reads only later as ignored by the targeted release", () => {
    const tools = "mindspeed_mm/tools/tools.json";
    expect(found("unknown-key", "tools", tools, () => {}, "2.1.0")).toEqual([
      unknown(
        "/profile/static_param/analyse_flag",
        19,
        "`analyse_flag` is not a key MindSpeed-MM reads in `profile.static_param`; it is ignored",
        "`analyse_flag` is read since 26.0.0; release 2.1.0 ignores it.",
      ),
      unknown(
        "/memory_profile/mem_info",
        27,
        "`mem_info` is not a key MindSpeed-MM reads in `memory_profile`; it is ignored",
        "`mem_info` is read since 2.2.0; release 2.1.0 ignores it.",
      ),
    ]);
  });
});

describe("rule settings", () => {
  it.each([
    [[], "rules must be an object of rule id → off|info|warn|warning|error."],
    [{ "dead-key": "fatal" }, 'Rule "dead-key": "fatal" is not one of off, info, warn, warning, error.'],
    [{ "dead-key": 2 }, 'Rule "dead-key": 2 is not one of off, info, warn, warning, error.'],
  ])("refuses %j, naming the accepted severities", (settings, message) => {
    expect(() => ruleSettings(settings)).toThrow(new UsageError(message));
  });

  it.each(["dead-key", "=off"])("refuses --rule %s, which is not ID=severity", (value) => {
    expect(() => parseRuleOptions([value])).toThrow(
      new UsageError(`--rule expects ID=off|info|warn|warning|error, got "${value}".`),
    );
  });
});
