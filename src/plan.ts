// `stepvideo-config plan`: the (TP, CP, PP) layouts a world size allows for a StepVideo model and
// task, with DP and the global batch sizes that work, decided by the same predicates the run
// rules use (R1, R2, R5, R6, R11, R19; inference PP = 1, R37).
import { JsonDocument } from "./document/json-document.js";
import { UsageError } from "./errors.js";
import { describeFault, readBytesSync } from "./fs/safe-read.js";
import { schemaDefaults } from "./generated/schema-defaults.js";
import { divisors } from "./rules/lib/arithmetic.js";
import { latentFrames, TASK_FRAMES } from "./rules/lib/frames.js";
import {
  cpDividesLatent,
  DEFAULT_SEQ_LENGTH,
  headsDivideOverTp,
  headsDivideOverTpCp,
  i2vAllowsCp,
  seqDivisibleByCp,
  worldDivisible,
} from "./rules/lib/layout-checks.js";
import type { ModelParts } from "./rules/lib/model-parts.js";

export interface PlanOptions {
  worldSize: number;
  task: "t2v" | "i2v";
  /** Inference runs take PP = 1 and their frame count from input_size. */
  inference?: boolean;
  microBatchSize?: number;
  /** Model file to read num_heads, seq_length, num_layers and input_size from. */
  modelFile?: string;
  frames?: number;
}

export interface Layout {
  TP: number;
  CP: number;
  PP: number;
  DP: number;
  /** Global batch sizes that work: MBS × DP × ACC for ACC = 1, 2, 4, 8. */
  GBS: number[];
}

export interface Plan {
  worldSize: number;
  task: string;
  heads: number;
  seqLength: number;
  layers: number;
  frames: number;
  latentFrames: number;
  microBatchSize: number;
  layouts: Layout[];
}

export function plan(options: PlanOptions): Plan {
  const { worldSize, task } = options;
  if (!Number.isInteger(worldSize) || worldSize < 1)
    throw new UsageError("The world size must be a positive whole number.");
  const model = options.modelFile ? readModel(options.modelFile) : {};
  const heads = model.predictor?.num_heads ?? schemaDefaults.predictor.num_heads;
  const seqLength = model.predictor?.seq_length ?? DEFAULT_SEQ_LENGTH;
  const layers = model.predictor?.num_layers ?? schemaDefaults.predictor.num_layers;
  const frames =
    options.frames ?? (options.inference ? model.pipeline_config?.input_size?.[0] : undefined) ?? TASK_FRAMES[task];
  const latent = latentFrames(frames, model.ae?.frame_len ?? undefined);
  const mbs = options.microBatchSize ?? 1;
  const layouts: Layout[] = [];
  for (const tp of divisors(worldSize)) {
    for (const cp of divisors(worldSize / tp)) {
      for (const pp of options.inference ? [1] : divisors(worldSize / tp / cp).filter((p) => p <= layers)) {
        const ok =
          worldDivisible(worldSize, tp, pp, cp) &&
          headsDivideOverTp(heads, tp) &&
          headsDivideOverTpCp(heads, tp, cp) &&
          seqDivisibleByCp(seqLength, cp) &&
          cpDividesLatent(latent, cp) &&
          i2vAllowsCp(task, cp);
        if (!ok) continue;
        const dp = worldSize / (tp * pp * cp);
        layouts.push({ TP: tp, CP: cp, PP: pp, DP: dp, GBS: [1, 2, 4, 8].map((acc) => mbs * dp * acc) });
      }
    }
  }
  return { worldSize, task, heads, seqLength, layers, frames, latentFrames: latent, microBatchSize: mbs, layouts };
}

function readModel(path: string): ModelParts {
  const read = readBytesSync(path); // stat first: never opens a FIFO or a device
  if (!read.ok) throw new UsageError(`${path} ${describeFault(read.fault)}.`);
  const doc = new JsonDocument(read.bytes);
  if (!doc.ok || !doc.value || typeof doc.value !== "object")
    throw new UsageError(`${path} is not a JSON model file (run \`stepvideo-config check ${path}\`).`);
  return doc.value as ModelParts;
}

export function formatPlan(p: Plan): string {
  const head =
    `World size ${p.worldSize}, ${p.task}: ${p.heads} heads, seq_length ${p.seqLength}, ${p.layers} layers, ` +
    `${p.frames} frames (${p.latentFrames} latent), MBS ${p.microBatchSize}`;
  if (p.layouts.length === 0) return `${head}\nNo valid layout.\n`;
  const rows = p.layouts.map((l) => [String(l.TP), String(l.CP), String(l.PP), String(l.DP), `${l.GBS.join(", ")}, …`]);
  const header = ["TP", "CP", "PP", "DP", "GBS (multiples of MBS×DP)"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(i < 4 ? widths[i]! : 0)).join("  ");
  return `${[head, line(header), ...rows.map(line)].join("\n")}\n`;
}
