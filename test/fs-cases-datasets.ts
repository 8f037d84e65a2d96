// The --check-paths cases for what the runs read beyond their configs: dataset records and the
// files they name, batch size against the record count, feature name collisions (the DPO
// histogram's are in fs-cases-histogram.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { edit, type FsCase, jsonl, lineOf, touch } from "./fs-tree.js";

const CLIPS = "datasets/clips/data.jsonl";
const EXTRACTION_DATA = [
  "examples/stepvideo/feature_extract/data.json",
  "examples/stepvideo/feature_extract/data_i2v.json",
];
const HISTOGRAM = "./datasets/dpo/video_score_histogram.json";

/** dataset-size-vs-batch on the drop_last line of each extraction data file (both read clips, DP = 8). */
const tooFewRecords = (files: string[]) => (root: string) =>
  files.map((file) => ({
    ruleId: "dataset-size-vs-batch",
    messageId: "small",
    file,
    pointer: "/dataloader_param/drop_last",
    line: lineOf(root, file, '"drop_last"'),
  }));

/** `count` diagnostics of this rule and messageId on lines 1…count of the clips dataset. */
const perLine = (ruleId: string, messageId: string, pointer: string, count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => ({ ruleId, messageId, file: CLIPS, pointer, line: from + i }));

const RAW_RECORD_HINT = "Each line is one JSON object with `file` (a video relative to data_folder) and `captions`.";

const append = (root: string, file: string, lines: string[]) =>
  writeFileSync(join(root, file), `${readFileSync(join(root, file), "utf8")}${lines.join("\n")}\n`);

export const DATASET_CASES: FsCase[] = [
  {
    name: "a raw record without captions and one naming a missing video",
    breakTree: (root) => {
      const lines = readFileSync(join(root, CLIPS), "utf8").split("\n");
      lines[1] = JSON.stringify({ file: "videos/clip_1.mp4" });
      lines[4] = JSON.stringify({ file: "videos/missing.mp4", captions: "x" });
      writeFileSync(join(root, CLIPS), lines.join("\n"));
    },
    expected: () => [
      ...perLine("dataset-records", "missing", "", 1, 2),
      ...perLine("dataset-files", "missing", "/file", 1, 5),
    ],
    said: (root) => [
      { ruleId: "dataset-records", message: "the record lacks `captions`", hint: RAW_RECORD_HINT },
      {
        ruleId: "dataset-files",
        message: `\`file\` videos/missing.mp4 does not exist under ${join(root, "datasets/clips")}`,
        hint: "Paths in records are joined to data_folder (absolute paths are used as they are); for features, data_folder must be the extraction save_path.",
      },
    ],
  },
  {
    name: "a record line that is not JSON and one whose captions are a number",
    breakTree: (root) => {
      touch(root, "datasets/clips/videos/clip_8.mp4");
      append(root, CLIPS, [
        '{"file": "videos/clip_8.mp4", "captions": ["x"]',
        JSON.stringify({ file: "videos/clip_8.mp4", captions: 5 }),
      ]);
    },
    expected: () => [
      ...perLine("dataset-records", "syntax", "", 1, 9),
      ...perLine("dataset-records", "invalid", "/captions", 1, 10),
    ],
  },
  {
    name: "25 records that lack captions, name missing videos and share a basename: 20 of each and a count",
    breakTree: (root) =>
      touch(root, CLIPS, jsonl(Array.from({ length: 25 }, (_, i) => ({ file: `takes/${i}/clip.mp4` })))),
    // sorted by line, then rule id; each "more" sits on the line of the last one shown
    expected: () =>
      [
        ...perLine("dataset-files", "missing", "/file", 20),
        ...perLine("dataset-records", "missing", "", 20),
        ...perLine("feature-basename-collision", "collision", "/file", 20, 2),
        ...perLine("dataset-files", "more", "", 1, 20),
        ...perLine("dataset-records", "more", "", 1, 20),
        ...perLine("feature-basename-collision", "more", "", 1, 21),
      ].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.pointer.localeCompare(b.pointer)),
  },
  {
    name: "a .json dataset that is an object, not an array of records",
    breakTree: (root) => {
      touch(root, "datasets/clips/records.json", JSON.stringify({ file: "videos/clip_0.mp4", captions: "x" }));
      edit(root, EXTRACTION_DATA[0]!, "./datasets/clips/data.jsonl", "./datasets/clips/records.json");
    },
    // no record read: the run also has fewer records than MBS×DP
    expected: (root) => [
      { ruleId: "dataset-records", messageId: "notArray", file: "datasets/clips/records.json", pointer: "", line: 1 },
      ...tooFewRecords(EXTRACTION_DATA.slice(0, 1))(root),
    ],
  },
  {
    name: "a DPO record without file_rejected and a histogram without bin_width",
    breakTree: (root) => {
      touch(
        root,
        "datasets/dpo/data.jsonl",
        jsonl([
          { file: "./video_0a.mp4", captions: "p", score: 0.9, score_rejected: 0.1 },
          { file: "./video_1a.mp4", file_rejected: "./video_1b.mp4", captions: "q", score: 0.8, score_rejected: 0.3 },
        ]),
      );
      touch(root, HISTOGRAM, JSON.stringify({ total_num: 2, max_num: 1 }));
    },
    // the histogram also sits in the checked tree: its own schema reports the missing key, once
    expected: () => [
      { ruleId: "dataset-records", messageId: "missing", file: "datasets/dpo/data.jsonl", pointer: "", line: 1 },
      { ruleId: "schema", messageId: "required", file: HISTOGRAM.slice(2), pointer: "", line: 1 },
    ],
    said: () => [
      {
        ruleId: "dataset-records",
        message: "the record lacks `file_rejected`",
        hint: "DPO records need file, file_rejected, captions, score and score_rejected (histogram_generator.py writes them).",
      },
      {
        ruleId: "schema",
        message: "The top level lacks the required key `bin_width`",
        hint: "Add `bin_width`: Bin width (0.1 with normalised scores).",
      },
    ],
  },
  {
    name: "fewer records than MBS×DP with drop_last",
    breakTree: (root) => touch(root, CLIPS, jsonl([{ file: "videos/clip_0.mp4", captions: "x" }])),
    expected: tooFewRecords(EXTRACTION_DATA),
    said: () =>
      ["feature_extraction.sh", "feature_extraction_i2v.sh"].map((script) => ({
        ruleId: "dataset-size-vs-batch",
        message:
          "the dataset has 1 records, fewer than MBS×DP = 1×8 = 8: with drop_last no batch is ever formed and the run hangs",
        hint: "Add records, lower MBS or DP, or set drop_last false.",
        related: [
          `examples/stepvideo/feature_extract/${script}:19 MBS = 1 is set here`,
          `examples/stepvideo/feature_extract/${script}:9 NPUS_PER_NODE = 8 is set here`,
        ],
      })),
  },
  {
    name: "fewer records than MBS×DP, but one data file keeps the last short batch (drop_last false)",
    breakTree: (root) => {
      touch(root, CLIPS, jsonl([{ file: "videos/clip_0.mp4", captions: "x" }]));
      edit(root, EXTRACTION_DATA[0]!, '"drop_last": true', '"drop_last": false');
    },
    expected: tooFewRecords(EXTRACTION_DATA.slice(1)),
  },
  {
    name: "fewer records than MBS×DP, but one data file samples randomly",
    breakTree: (root) => {
      touch(root, CLIPS, jsonl([{ file: "videos/clip_0.mp4", captions: "x" }]));
      edit(root, EXTRACTION_DATA[1]!, '"sampler_type": "SequentialSampler"', '"sampler_type": "BucketBatchSampler"');
    },
    expected: tooFewRecords(EXTRACTION_DATA.slice(0, 1)),
  },
  {
    name: "exactly MBS×DP records: a full batch forms",
    breakTree: (root) =>
      touch(root, CLIPS, jsonl(Array.from({ length: 8 }, (_, i) => ({ file: `videos/clip_${i}.mp4`, captions: "x" })))),
    expected: () => [],
  },
  {
    name: "two videos with the same basename in feature extraction",
    breakTree: (root) => {
      touch(root, "datasets/clips/other/clip_0.mp4");
      append(root, CLIPS, [JSON.stringify({ file: "other/clip_0.mp4", captions: "dup" })]);
    },
    expected: () => perLine("feature-basename-collision", "collision", "/file", 1, 9),
  },
];
