// Decides a JSON file's kind from its content: the kind whose schema knows most of its top-level
// keys (the key lists are generated from the schemas). Data and DPO data files look alike, so
// the name decides between them; the name alone decides for files that do not parse.
import { basename } from "node:path";
import { topLevelKeys } from "../generated/kinds.js";
import type { FileKind } from "../types.js";
import { kindOfName } from "./file-names.js";

const CONFIG_KINDS = ["data", "model", "tools", "histogram"] as const;

export function classifyContent(value: unknown, path: string): FileKind | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = Object.keys(value).filter((k) => k !== "$schema");
  let best: FileKind | undefined;
  let bestScore = 0;
  let tie = false;
  for (const kind of CONFIG_KINDS) {
    const known = new Set(topLevelKeys[kind]);
    const score = keys.filter((k) => known.has(k)).length;
    if (score > bestScore) [best, bestScore, tie] = [kind, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  if (!best || tie) return undefined;
  return best === "data" && kindOfName(basename(path)) === "data-dpo" ? "data-dpo" : best;
}

/** Kind suggested by the file name alone (MindSpeed-MM's naming), for files whose content cannot tell. */
export function kindFromName(path: string): FileKind | undefined {
  return kindOfName(basename(path));
}
