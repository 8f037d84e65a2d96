// The --check-paths cases for the DPO score histogram (dpo-histogram): a file that is not there,
// under the key's current or old name; a file that is not a JSON object, or lacks what the trainer
// reads (max_num only while weight_beta is null or 0); and DPO models whose dpo section or
// histogram_path the schema rejects, which leave the rule nothing to read.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { edit, type FsCase, lineOf, touch } from "./fs-tree.js";

const DPO_MODEL = "examples/stepvideo/t2v/posttrain_t2v_model.json";
const HISTOGRAM = "./datasets/dpo/video_score_histogram.json";
const OUTSIDE = "../histograms-elsewhere/h.json";
const LACKS_HINT = "Regenerate the histogram with histogram_generator.py.";

/** The DPO model names a histogram outside the checked tree with this content. */
const histogramOutside = (root: string, content: string) => {
  touch(root, OUTSIDE, content);
  edit(root, DPO_MODEL, HISTOGRAM, OUTSIDE);
};

/** The histogram in the checked tree has this content, which is not a JSON object. */
const broken = (what: string, content: string, syntax = false): FsCase => ({
  name: `a histogram that is ${what}`,
  breakTree: (root) => touch(root, HISTOGRAM, content),
  expected: () => [
    { ruleId: "dpo-histogram", messageId: "broken", file: HISTOGRAM.slice(2), pointer: "", line: 1 },
    ...(syntax ? [{ ruleId: "json-syntax", messageId: "syntax", file: HISTOGRAM.slice(2), pointer: "", line: 1 }] : []),
  ],
});

/** A schema finding in the DPO model at the line that holds `text`. */
const schemaAt = (root: string, messageId: string, pointer: string, text: string) => ({
  ruleId: "schema",
  messageId,
  file: DPO_MODEL,
  pointer,
  line: lineOf(root, DPO_MODEL, text),
});

export const HISTOGRAM_CASES: FsCase[] = [
  {
    name: "a histogram outside the checked tree without bin_width, and without max_num while weight_beta is null",
    breakTree: (root) => histogramOutside(root, JSON.stringify({ total_num: 2 })),
    expected: () =>
      [1, 2].map(() => ({ ruleId: "dpo-histogram", messageId: "lacks", file: OUTSIDE, pointer: "", line: 1 })),
    said: () => [
      {
        ruleId: "dpo-histogram",
        message: "the histogram lacks `bin_width`, which the DPO trainer reads",
        hint: LACKS_HINT,
      },
      {
        ruleId: "dpo-histogram",
        message: "the histogram lacks `max_num`, which the DPO trainer reads because weight_beta is null or 0",
        hint: LACKS_HINT,
      },
    ],
  },
  {
    name: "a histogram outside the checked tree without max_num while weight_beta is set: the trainer does not read it",
    breakTree: (root) => {
      histogramOutside(root, JSON.stringify({ bin_width: 0.1, total_num: 2 }));
      edit(root, DPO_MODEL, '"weight_beta": null', '"weight_beta": 0.5');
    },
    expected: () => [],
  },
  {
    name: "a histogram that is not there",
    breakTree: (root) => rmSync(join(root, HISTOGRAM)),
    expected: (root) => [
      {
        ruleId: "dpo-histogram",
        messageId: "missing",
        file: DPO_MODEL,
        pointer: "/dpo/histogram_path",
        line: lineOf(root, DPO_MODEL, HISTOGRAM),
      },
    ],
    said: () => [
      {
        ruleId: "dpo-histogram",
        message: `dpo.histogram_path ${HISTOGRAM} does not exist: the DPO trainer cannot weight the pairs`,
        hint: "Run examples/stepvideo/histogram_generator.py on the scored videos; it writes video_score_histogram.json next to the videos folder.",
      },
    ],
  },
  {
    name: "a histogram under the key's name before 2.3.0 (histgram_path) that is not there",
    breakTree: (root) => edit(root, DPO_MODEL, `"histogram_path": "${HISTOGRAM}"`, '"histgram_path": "./nowhere.json"'),
    expected: (root) => [
      schemaAt(root, "required", "/dpo", '"dpo"'),
      {
        ruleId: "unknown-key",
        messageId: "unknown",
        file: DPO_MODEL,
        pointer: "/dpo/histgram_path",
        line: lineOf(root, DPO_MODEL, "histgram_path"),
      },
      {
        ruleId: "dpo-histogram",
        messageId: "missing",
        file: DPO_MODEL,
        pointer: "/dpo/histgram_path",
        line: lineOf(root, DPO_MODEL, "histgram_path"),
      },
    ],
  },
  {
    name: "a DPO model whose histogram_path is null: left to the schema",
    breakTree: (root) => edit(root, DPO_MODEL, `"histogram_path": "${HISTOGRAM}"`, '"histogram_path": null'),
    expected: (root) => [schemaAt(root, "type", "/dpo/histogram_path", '"histogram_path"')],
  },
  {
    name: "a DPO model whose dpo section is not an object: left to the schema",
    breakTree: (root) => edit(root, DPO_MODEL, '"dpo": {', '"dpo": 5,\n  "dpo_settings": {'),
    expected: (root) => [
      schemaAt(root, "type", "/dpo", '"dpo"'),
      {
        ruleId: "unknown-key",
        messageId: "unknown",
        file: DPO_MODEL,
        pointer: "/dpo_settings",
        line: lineOf(root, DPO_MODEL, '"dpo_settings"'),
      },
    ],
  },
  {
    name: "a histogram that is a JSON array",
    breakTree: (root) => histogramOutside(root, "[1, 2]"),
    expected: () => [{ ruleId: "dpo-histogram", messageId: "broken", file: OUTSIDE, pointer: "", line: 1 }],
  },
  broken("JSON null", "null"),
  broken("a number", "5"),
  // json.load rejects it too: json-syntax says where, dpo-histogram that the trainer cannot read it
  broken("an object with a trailing comma", '{"bin_width": 0.1, "total_num": 2, "max_num": 1,}', true),
];
