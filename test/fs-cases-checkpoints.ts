// The --check-paths cases for LOAD_PATH (load-path-checkpoint): each breaks one converted checkpoint
// of the materialized tree and expects one diagnostic per run that loads it, on its LOAD_PATH line
// (on the --load line when no LOAD_PATH variable holds the value), and the message and hint it says.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkpoint, edit, type FsCase, lineOf, touch, type Worded } from "./fs-tree.js";

const TP4 = "ckpt/stepvideo/converted_tp4";
const TP8 = "ckpt/stepvideo/converted_tp8";
const TRACKER = "latest_checkpointed_iteration.txt";
const PRETRAIN_T2V = "examples/stepvideo/t2v/pretrain_t2v.sh";
// every TP=4 run loads converted_tp4: both inference scripts and t2v pretraining
const TP4_RUNS = ["examples/stepvideo/i2v/inference_i2v.sh", "examples/stepvideo/t2v/inference_t2v.sh", PRETRAIN_T2V];
const TP8_RUNS = ["examples/stepvideo/i2v/pretrain_i2v.sh", "examples/stepvideo/t2v/posttrain_t2v_dpo.sh"];
/** Every run that loads a checkpoint, in the order diagnostics are reported (by script path). */
const ALL_RUNS = [...TP4_RUNS, ...TP8_RUNS].sort();
const isTp4 = (script: string) => TP4_RUNS.includes(script);
const RANDOM_WEIGHTS = "MindSpeed-MM only warns and starts from random weights";
const HANG = "ranks without their mp_rank folder exit and the rest hang";
const RESPLIT = "Re-split it: mm-convert StepVideoConverter resplit";

/** One load-path-checkpoint diagnostic with this messageId on each script's LOAD_PATH line. */
const onLoadPath = (scripts: string[], messageId: string) => (root: string) =>
  scripts.map((file) => ({
    ruleId: "load-path-checkpoint",
    messageId,
    file,
    pointer: "/LOAD_PATH",
    line: lineOf(root, file, "LOAD_PATH="),
  }));

/** The same message and hint (if any) on each of these scripts. */
const saying = (scripts: string[], message: string, hint?: string) => (): Worded[] =>
  scripts.map(() => ({ ruleId: "load-path-checkpoint", message, ...(hint !== undefined ? { hint } : {}) }));

/** A layout diagnostic on a script whose TP and PP lines are its related locations. */
const layoutOn = (root: string, script: string, tp: number, pp: number, message: string, hint: string): Worded => ({
  ruleId: "load-path-checkpoint",
  message,
  hint,
  related: [
    `${script}:${lineOf(root, script, "TP=")} TP = ${tp} is set here`,
    `${script}:${lineOf(root, script, "PP=")} PP = ${pp} is set here`,
  ],
});

/** The hint of a layout diagnostic for a PP = 1 run. */
const resplit = (source: string, target: string, tp: number) =>
  `${RESPLIT} --cfg.source_path ${source} --cfg.target_path ${target} --cfg.target_parallel_config.tp_size ${tp}`;

export const CHECKPOINT_CASES: FsCase[] = [
  {
    name: "a checkpoint split for TP=8 loaded by a TP=4 run",
    breakTree: (root) => {
      rmSync(join(root, TP4), { recursive: true });
      checkpoint(root, TP4, 8);
    },
    expected: onLoadPath(TP4_RUNS, "layout"),
    said: (root) =>
      TP4_RUNS.map((script) =>
        layoutOn(
          root,
          script,
          4,
          1,
          `./${TP4}/release is split for TP=8, PP=1, but the run uses TP=4, PP=1: ${HANG}`,
          resplit(`./${TP4}`, `./${TP4}_tp4`, 4),
        ),
      ),
  },
  {
    name: "a tracker file with the README's plural spelling",
    breakTree: (root) => {
      writeFileSync(join(root, TP8, "latest_checkpointed_iterations.txt"), "release");
      rmSync(join(root, TP8, TRACKER));
    },
    expected: onLoadPath(TP8_RUNS, "noTracker"),
    said: saying(
      TP8_RUNS,
      `./${TP8} has no ${TRACKER}: ${RANDOM_WEIGHTS}`,
      `latest_checkpointed_iterations.txt is the README's spelling, which is wrong: rename it to ${TRACKER}.`,
    ),
  },
  {
    name: "a checkpoint folder without any tracker file",
    breakTree: (root) => rmSync(join(root, TP4, TRACKER)),
    expected: onLoadPath(TP4_RUNS, "noTracker"),
    said: saying(
      TP4_RUNS,
      `./${TP4} has no ${TRACKER}: ${RANDOM_WEIGHTS}`,
      "Convert the weights with mm-convert StepVideoConverter hf_to_mm, which writes the tracker.",
    ),
  },
  {
    name: "a LOAD_PATH that does not exist",
    breakTree: (root) => rmSync(join(root, TP8), { recursive: true }),
    expected: onLoadPath(TP8_RUNS, "missing"),
    said: saying(
      TP8_RUNS,
      `--load ./${TP8} does not exist: ${RANDOM_WEIGHTS}`,
      "Point LOAD_PATH at the directory mm-convert StepVideoConverter wrote (it holds latest_checkpointed_iteration.txt).",
    ),
  },
  {
    // no LOAD_PATH variable: the place is the --load argument itself
    name: "a --load written in the launch command that does not exist",
    breakTree: (root) => {
      edit(root, PRETRAIN_T2V, `LOAD_PATH="./${TP4}"\n`, "");
      edit(root, PRETRAIN_T2V, "--load $LOAD_PATH", "--load ./ckpt/stepvideo/gone");
    },
    expected: (root) => [
      {
        ruleId: "load-path-checkpoint",
        messageId: "missing",
        file: PRETRAIN_T2V,
        pointer: "",
        line: lineOf(root, PRETRAIN_T2V, "--load "),
      },
    ],
  },
  {
    name: "a tracker that names neither release nor an iteration",
    breakTree: (root) => writeFileSync(join(root, TP8, TRACKER), "latest"),
    expected: onLoadPath(TP8_RUNS, "badTracker"),
    said: saying(TP8_RUNS, `${TRACKER} says "latest"; MindSpeed-MM expects "release" or an iteration number`),
  },
  {
    // the tracker text is cut at 40 characters in the message
    name: "trackers that only begin or only end with an iteration number",
    breakTree: (root) => {
      writeFileSync(join(root, TP4, TRACKER), "1000 iterations");
      writeFileSync(join(root, TP8, TRACKER), "checkpoint saved at iteration 0000001000 of 2000");
    },
    expected: onLoadPath(ALL_RUNS, "badTracker"),
    said: () =>
      ALL_RUNS.map((script) => ({
        ruleId: "load-path-checkpoint",
        message: `${TRACKER} says "${isTp4(script) ? "1000 iterations" : "checkpoint saved at iteration 0000001000"}"; MindSpeed-MM expects "release" or an iteration number`,
      })),
  },
  {
    // the number is read without its line end and padded to seven digits, as Megatron names the folder
    name: "a tracker naming an iteration folder that is not there",
    breakTree: (root) => writeFileSync(join(root, TP8, TRACKER), "1000\n"),
    expected: onLoadPath(TP8_RUNS, "noIteration"),
    said: saying(TP8_RUNS, `./${TP8} has no iter_0001000 folder, which ${TRACKER} names`),
  },
  {
    name: "a rank folder without its weights",
    breakTree: (root) => rmSync(join(root, TP8, "release/mp_rank_03/model_optim_rng.pt")),
    expected: onLoadPath(TP8_RUNS, "noWeights"),
    said: saying(TP8_RUNS, `./${TP8}/release/mp_rank_03 has no model_optim_rng.pt`),
  },
  {
    // the target folder of the hint drops LOAD_PATH's trailing slash; PP > 1 needs pipeline stage sizes
    name: "a checkpoint split for TP=4 loaded through a trailing slash by a TP=2, PP=2 run",
    breakTree: (root) => {
      edit(root, PRETRAIN_T2V, "TP=4\nPP=1", "TP=2\nPP=2");
      edit(root, PRETRAIN_T2V, `LOAD_PATH="./${TP4}"`, `LOAD_PATH="./${TP4}/"`);
      edit(
        root,
        "examples/stepvideo/t2v/pretrain_t2v_model.json",
        '"num_layers": 48,',
        '"num_layers": 48, "pipeline_num_layers": [24, 24],',
      );
    },
    expected: onLoadPath([PRETRAIN_T2V], "layout"),
    said: (root) => [
      layoutOn(
        root,
        PRETRAIN_T2V,
        2,
        2,
        `./${TP4}//release is split for TP=4, PP=1, but the run uses TP=2, PP=2: ${HANG}`,
        `${resplit(`./${TP4}/`, `./${TP4}_tp2_pp2`, 2)} --cfg.target_parallel_config.pp_layers <2 stage sizes, as predictor.pipeline_num_layers>`,
      ),
    ],
  },
  {
    // TP=4's release holds no mp_rank folder (other files are not ranks); TP=8's has one irregular name
    name: "iteration folders whose rank folders name no layout",
    breakTree: (root) => {
      rmSync(join(root, TP4, "release"), { recursive: true });
      touch(root, `${TP4}/release/notes.txt`, "converted by hand");
      touch(root, `${TP8}/release/mp_rank_08_old/model_optim_rng.pt`, "weights");
    },
    expected: onLoadPath(ALL_RUNS, "layout"),
    said: (root) =>
      ALL_RUNS.map((script) => {
        const [dir, tp, found] = isTp4(script)
          ? [TP4, 4, "no mp_rank folder"]
          : [TP8, 8, "mp_rank_00, mp_rank_01, mp_rank_02"];
        return layoutOn(
          root,
          script,
          tp,
          1,
          `./${dir}/release is split for ${found}, but the run uses TP=${tp}, PP=1: ${HANG}`,
          resplit(`./${dir}`, `./${dir}_tp${tp}`, tp),
        );
      }),
  },
];
