// The --check-paths cases for LOAD_PATH (load-path-checkpoint): each breaks one converted checkpoint
// of the materialized tree and expects one diagnostic per run that loads it, on its LOAD_PATH line.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkpoint, type FsCase, lineOf } from "./fs-tree.js";

const TP4 = "ckpt/stepvideo/converted_tp4";
const TP8 = "ckpt/stepvideo/converted_tp8";
const TRACKER = "latest_checkpointed_iteration.txt";
// every TP=4 run loads converted_tp4: both inference scripts and t2v pretraining
const TP4_RUNS = [
  "examples/stepvideo/i2v/inference_i2v.sh",
  "examples/stepvideo/t2v/inference_t2v.sh",
  "examples/stepvideo/t2v/pretrain_t2v.sh",
];
const TP8_RUNS = ["examples/stepvideo/i2v/pretrain_i2v.sh", "examples/stepvideo/t2v/posttrain_t2v_dpo.sh"];

/** One load-path-checkpoint diagnostic with this messageId on each script's LOAD_PATH line. */
const onLoadPath = (scripts: string[], messageId: string) => (root: string) =>
  scripts.map((file) => ({
    ruleId: "load-path-checkpoint",
    messageId,
    file,
    pointer: "/LOAD_PATH",
    line: lineOf(root, file, "LOAD_PATH="),
  }));

export const CHECKPOINT_CASES: FsCase[] = [
  {
    name: "a checkpoint split for TP=8 loaded by a TP=4 run",
    breakTree: (root) => {
      rmSync(join(root, TP4), { recursive: true });
      checkpoint(root, TP4, 8);
    },
    expected: onLoadPath(TP4_RUNS, "layout"),
  },
  {
    name: "a tracker file with the README's plural spelling",
    breakTree: (root) => {
      writeFileSync(join(root, TP8, "latest_checkpointed_iterations.txt"), "release");
      rmSync(join(root, TP8, TRACKER));
    },
    expected: onLoadPath(TP8_RUNS, "noTracker"),
  },
  {
    name: "a LOAD_PATH that does not exist",
    breakTree: (root) => rmSync(join(root, TP8), { recursive: true }),
    expected: onLoadPath(TP8_RUNS, "missing"),
  },
  {
    name: "a tracker that names neither release nor an iteration",
    breakTree: (root) => writeFileSync(join(root, TP8, TRACKER), "latest"),
    expected: onLoadPath(TP8_RUNS, "badTracker"),
  },
  {
    name: "a tracker naming an iteration folder that is not there",
    breakTree: (root) => writeFileSync(join(root, TP8, TRACKER), "1000"),
    expected: onLoadPath(TP8_RUNS, "noIteration"),
  },
  {
    name: "a rank folder without its weights",
    breakTree: (root) => rmSync(join(root, TP8, "release/mp_rank_03/model_optim_rng.pt")),
    expected: onLoadPath(TP8_RUNS, "noWeights"),
  },
];
