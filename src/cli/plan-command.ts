// `stepvideo-config plan`: flags → plan() options, the layouts as a table or JSON on stdout.
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Io } from "./io.js";
import type { FlagValues } from "./parse-argv.js";
import { wholeNumber } from "./whole-number.js";

export async function runPlan(values: FlagValues, io: Io): Promise<number> {
  const { formatPlan, plan } = await import("../plan.js");
  const int = (name: string) => wholeNumber(values[name], `--${name}`, 1);
  const perNode = int("npus-per-node");
  const world = int("world-size") ?? (perNode !== undefined ? perNode * (int("nnodes") ?? 1) : undefined);
  if (world === undefined) throw new UsageError("plan needs --world-size N, or --npus-per-node N (and --nnodes M).");
  const task = (values.task as string | undefined) ?? "t2v";
  if (task !== "t2v" && task !== "i2v") throw new UsageError(`--task expects t2v or i2v, got "${task}".`);
  const format = (values.format as string | undefined) ?? "table";
  if (format !== "table" && format !== "json")
    throw new UsageError(`plan --format expects table or json, got "${format}".`);
  const mbs = int("mbs");
  const frames = int("frames");
  const result = plan({
    worldSize: world,
    task,
    inference: values.inference === true,
    ...(mbs ? { microBatchSize: mbs } : {}),
    ...(frames ? { frames } : {}),
    ...(values.model ? { modelFile: resolve(io.cwd, String(values.model)) } : {}),
  });
  io.stdout.write(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result));
  return 0;
}
