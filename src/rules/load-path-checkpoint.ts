// load-path-checkpoint (R16, R23): a wrong --load trains or samples from random weights without an
// error, and a checkpoint split for another TP/PP fails on some ranks while the rest hang. The
// directory must hold the tracker file, the iteration folder it names, and exactly the
// mp_rank_XX[_YYY] folders the run's TP and PP open, each with model_optim_rng.pt.
import { existsSync, promises as fsp } from "node:fs";
import { join } from "node:path";
import { describeFault, ioFault, readText } from "../fs/safe-read.js";
import { resolveFromRoot } from "../project/paths.js";
import { expectedRankDirs, inferLayout } from "./lib/checkpoint-names.js";
import type { FsRule } from "./rule-types.js";

const TRACKER = "latest_checkpointed_iteration.txt";
const README_TRACKER = "latest_checkpointed_iterations.txt";

export const loadPathCheckpoint: FsRule = {
  meta: {
    id: "load-path-checkpoint",
    description:
      "`LOAD_PATH` absent, without `latest_checkpointed_iteration.txt`, or with `mp_rank_XX[_YYY]` folders that do not match the run's TP and PP.",
    severity: "error",
    scope: "fs",
    stage: "semantic",
    needs: ["TP", "PP"],
    messages: {
      missing: "--load {{path}} does not exist: MindSpeed-MM only warns and starts from random weights",
      noTracker: "{{path}} has no {{tracker}}: MindSpeed-MM only warns and starts from random weights",
      badTracker: '{{tracker}} says "{{content}}"; MindSpeed-MM expects "release" or an iteration number',
      noIteration: "{{path}} has no {{sub}} folder, which {{tracker}} names",
      layout:
        "{{path}}/{{sub}} is split for {{found}}, but the run uses TP={{tp}}, PP={{pp}}: ranks without their mp_rank folder exit and the rest hang",
      noWeights: "{{path}}/{{sub}}/{{rank}} has no model_optim_rng.pt",
      unreadable: "{{path}} {{problem}}",
    },
  },
  async check(ctx) {
    const load = ctx.arg("--load");
    const { TP, PP } = ctx.run.parallel;
    if (!ctx.fs || !load?.value || load.unknown) return;
    const variable = ctx.run.evaluation.vars.get("LOAD_PATH");
    const where =
      variable?.value === load.value
        ? { target: "script" as const, pointer: "/LOAD_PATH", at: { line: variable.line, column: variable.column } }
        : ctx.argAt(load);
    const dir = resolveFromRoot(ctx.fs.root, load.value);
    const path = load.value;
    if (!existsSync(dir))
      return ctx.report({
        ...where,
        messageId: "missing",
        data: { path },
        hint: "Point LOAD_PATH at the directory mm-convert StepVideoConverter wrote (it holds latest_checkpointed_iteration.txt).",
      });
    if (!existsSync(join(dir, TRACKER))) {
      const plural = existsSync(join(dir, README_TRACKER));
      return ctx.report({
        ...where,
        messageId: "noTracker",
        data: { path, tracker: TRACKER },
        hint: plural
          ? `${README_TRACKER} is the README's spelling, which is wrong: rename it to ${TRACKER}.`
          : "Convert the weights with mm-convert StepVideoConverter hf_to_mm, which writes the tracker.",
      });
    }
    const tracker = await readText(join(dir, TRACKER));
    if (!tracker.ok)
      return ctx.report({
        ...where,
        messageId: "unreadable",
        data: { path: `${path.replace(/\/$/, "")}/${TRACKER}`, problem: describeFault(tracker.fault) },
        hint: `${TRACKER} is a small text file holding "release" or an iteration number.`,
      });
    const content = tracker.text.trim();
    const sub =
      content === "release" ? "release" : /^\d+$/.test(content) ? `iter_${content.padStart(7, "0")}` : undefined;
    if (!sub)
      return ctx.report({
        ...where,
        messageId: "badTracker",
        data: { tracker: TRACKER, content: content.slice(0, 40) },
      });
    if (!existsSync(join(dir, sub)))
      return ctx.report({ ...where, messageId: "noIteration", data: { path, sub, tracker: TRACKER } });
    if (TP.value === null || PP.value === null) return;
    let names: string[];
    try {
      names = await fsp.readdir(join(dir, sub));
    } catch (error) {
      const problem = describeFault(ioFault(error));
      return ctx.report({
        ...where,
        messageId: "unreadable",
        data: { path: `${path.replace(/\/$/, "")}/${sub}`, problem },
      });
    }
    const found = names.filter((n) => n.startsWith("mp_rank_")).sort();
    const expected = expectedRankDirs(TP.value, PP.value);
    if (found.join() !== expected.join()) {
      const layout = inferLayout(found);
      const target = `${path.replace(/\/$/, "")}_tp${TP.value}${PP.value > 1 ? `_pp${PP.value}` : ""}`;
      return ctx.report({
        ...where,
        messageId: "layout",
        data: {
          path,
          sub,
          found: layout
            ? `TP=${layout.tp}, PP=${layout.pp}`
            : found.length
              ? found.slice(0, 3).join(", ")
              : "no mp_rank folder",
          tp: TP.value,
          pp: PP.value,
        },
        hint:
          `Re-split it: mm-convert StepVideoConverter resplit --cfg.source_path ${path} --cfg.target_path ${target} ` +
          `--cfg.target_parallel_config.tp_size ${TP.value}` +
          (PP.value > 1
            ? ` --cfg.target_parallel_config.pp_layers <${PP.value} stage sizes, as predictor.pipeline_num_layers>`
            : ""),
        related: [...ctx.setAt("TP"), ...ctx.setAt("PP")],
      });
    }
    for (const rank of expected) {
      if (!existsSync(join(dir, sub, rank, "model_optim_rng.pt")))
        ctx.report({ ...where, messageId: "noWeights", data: { path, sub, rank } });
    }
  },
};
