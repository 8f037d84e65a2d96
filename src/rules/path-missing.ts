// path-missing: with --check-paths, a weight, tokenizer, dataset or output location a config names
// that does not exist on this machine (MindSpeed-MM's own path checker skips missing paths).
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { pathKeys } from "../generated/path-keys.js";
import { resolveFromRoot } from "../project/paths.js";
import type { FsRule } from "./rule-types.js";

/** [pointer, path, check] for every string a path-valued key (schema `x-path`) holds in the value. */
function namedPaths(value: unknown, kind: string): [string, string, "exists" | "parent"][] {
  const out: [string, string, "exists" | "parent"][] = [];
  for (const key of pathKeys[kind] ?? []) {
    const expand = (node: unknown, segments: string[], pointer: string): void => {
      if (segments.length === 0) {
        if (typeof node === "string" && node !== "") out.push([pointer, node, key.check]);
        return;
      }
      const [head, ...rest] = segments as [string, ...string[]];
      if (head === "*") {
        if (Array.isArray(node)) for (const [i, item] of node.entries()) expand(item, rest, `${pointer}/${i}`);
      } else if (node && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, head)) {
        expand((node as Record<string, unknown>)[head], rest, `${pointer}/${head}`);
      }
    };
    expand(value, key.pointer.split("/").slice(1), "");
  }
  return out;
}

export const pathMissing: FsRule = {
  meta: {
    id: "path-missing",
    description:
      "A `from_pretrained`, `save_path` or other path the config names does not exist (only with `--check-paths`).",
    severity: "warning",
    scope: "fs",
    stage: "semantic",
    messages: {
      path: "{{path}} does not exist on this machine",
      parent: "the folder that would hold {{path}} does not exist",
    },
  },
  async check(ctx) {
    if (!ctx.fs) return;
    for (const role of ["data", "model", "tool"] as const) {
      const value = ctx.value(role);
      const kind = ctx.run.configs[role]?.kind;
      if (!value || !kind) continue;
      for (const [pointer, path, what] of namedPaths(value, kind)) {
        const absolute = resolveFromRoot(ctx.fs.root, path);
        if (existsSync(what === "parent" ? dirname(absolute.replace(/[/\\]+$/, "")) : absolute)) continue;
        ctx.report({
          target: role,
          pointer,
          messageId: what === "exists" ? "path" : "parent",
          data: { path },
          hint: "Paths resolve from the root the scripts run in (the MindSpeed-MM checkout, or --root).",
        });
      }
    }
  },
};
