// Builds the runs of a check: each launch script evaluated, its --mm-data/--mm-model/--mm-tool
// resolved against the root (where MindSpeed-MM's scripts are launched from) and matched to the
// parsed files of the check, so a file is parsed once whether named by a script or not.
import { existsSync } from "node:fs";
import type { JsonDocument } from "../document/json-document.js";
import type { FileFault } from "../fs/file-fault.js";
import type { FileKind, ModelRole } from "../types.js";
import { entryPoint, taskOfModel, taskOfPath } from "./entry-and-task.js";
import { parallelLayout } from "./parallel-layout.js";
import { relativePosix, resolveFromRoot } from "./paths.js";
import { CONFIG_FLAGS, type ConfigRef, type Run } from "./run-model.js";
import type { ScriptEvaluation } from "./script/evaluate-script.js";

export interface ParsedFile {
  doc: JsonDocument;
  kind?: FileKind;
  role?: ModelRole;
  fault?: FileFault;
}

const ROLE_OF_FLAG = new Map(
  Object.entries(CONFIG_FLAGS).map(([role, flag]) => [flag as string, role as ConfigRef["role"]]),
);

export function buildRun(
  script: string,
  evaluation: ScriptEvaluation,
  root: string,
  lookup: (file: string) => ParsedFile | undefined,
): Run {
  const configs: Run["configs"] = {};
  for (const arg of evaluation.launch?.args ?? []) {
    const role = ROLE_OF_FLAG.get(arg.flag);
    if (!role) continue;
    const at = { line: arg.line, column: arg.column };
    if (arg.value === undefined || arg.unknown) {
      configs[role] = { role, written: arg.value ?? "", at, exists: false };
      continue;
    }
    const absolute = resolveFromRoot(root, arg.value);
    const file = relativePosix(root, absolute);
    const parsed = lookup(file);
    configs[role] = {
      role,
      written: arg.value,
      file,
      at,
      exists: parsed !== undefined || existsSync(absolute),
      ...(parsed?.kind ? { kind: parsed.kind } : {}),
      ...(parsed?.role ? { modelRole: parsed.role } : {}),
      ...(parsed ? { doc: parsed.doc } : {}),
      ...(parsed?.fault ? { fault: parsed.fault } : {}),
    };
  }
  const entry = evaluation.launch ? entryPoint(evaluation.launch.entry) : undefined;
  const fromModel = configs.model?.doc?.ok ? taskOfModel(configs.model.doc.value) : undefined;
  const fromPath = taskOfPath(script) ?? (configs.data?.file ? taskOfPath(configs.data.file) : undefined);
  const task = fromModel?.task ?? fromPath;
  return {
    script,
    evaluation,
    ...(entry ? { entry } : {}),
    ...(task ? { task, taskSource: fromModel?.source ?? "the script's path" } : {}),
    parallel: parallelLayout(evaluation),
    configs,
  };
}
