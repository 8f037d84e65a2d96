// MindSpeed-MM's naming convention for config files, declared once. Classification by name, the
// editor catalog's fileMatch, the pre-commit hook's `files` pattern and the README's lint-staged
// glob are all derived from this table (scripts/generate.ts writes the last three).
import type { FileKind } from "../types.js";

export interface FileNaming {
  kind: FileKind;
  /** Base-name patterns; `*` matches any characters but `/`. */
  names: readonly string[];
  /** Folder patterns the editor catalog anchors the names in (never a bare `data.json`). */
  dirs: readonly string[];
}

/** First match wins: `data_dpo*.json` is DPO data although it also looks like `data_*.json`. */
export const FILE_NAMES: readonly FileNaming[] = [
  { kind: "data-dpo", names: ["data_dpo*.json"], dirs: ["**/stepvideo/**/"] },
  { kind: "data", names: ["data.json", "data_*.json"], dirs: ["**/stepvideo/**/"] },
  { kind: "model", names: ["*_model.json", "model_stepvideo*.json"], dirs: ["**/stepvideo/**/"] },
  { kind: "tools", names: ["tools.json"], dirs: ["**/mindspeed_mm/tools/", "**/stepvideo/**/"] },
  { kind: "histogram", names: ["video_score_histogram.json"], dirs: ["**/"] },
  { kind: "settings", names: ["stepvideo-config.json"], dirs: ["**/"] },
];

/** Launch scripts, which every integration also passes to the checker. */
export const SCRIPT_NAME = "*.sh";

/** A base-name pattern as a RegExp over a base name (only `*` is special). */
function nameMatcher(pattern: string): RegExp {
  const parts = pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]*")}$`, "i");
}

const MATCHERS = FILE_NAMES.map((n) => ({ kind: n.kind, matchers: n.names.map(nameMatcher) }));

/** The kind a file's base name stands for in MindSpeed-MM's convention. */
export function kindOfName(baseName: string): FileKind | undefined {
  return MATCHERS.find((m) => m.matchers.some((re) => re.test(baseName)))?.kind;
}

/** Names of earlier entries that a later entry's patterns would also match (its exclusions). */
export function shadowedNames(entry: FileNaming): string[] {
  const earlier = FILE_NAMES.slice(0, FILE_NAMES.indexOf(entry));
  const mine = entry.names.map(nameMatcher);
  return earlier.flatMap((e) => e.names).filter((name) => mine.some((re) => re.test(name.replace(/\*/g, "x"))));
}
