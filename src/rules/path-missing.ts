// path-missing: with --check-paths, a weight, tokenizer, dataset or output location a config names
// that does not exist on this machine (MindSpeed-MM's own path checker skips missing paths).
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { RunTarget } from "../engine/run-context.js";
import { resolveFromRoot } from "../project/paths.js";
import type { FsRule } from "./rule-types.js";

type Json = Record<string, unknown>;

/** [pointer, path, what] for every path a config names that must exist (or whose parent must). */
function namedPaths(value: Json, role: RunTarget): [string, string, "path" | "parent"][] {
  const out: [string, string, "path" | "parent"][] = [];
  const add = (pointer: string, v: unknown, what: "path" | "parent" = "path") => {
    if (typeof v === "string" && v !== "") out.push([pointer, v, what]);
  };
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
  if (role === "model") {
    add("/predictor/from_pretrained", obj(value.predictor).from_pretrained);
    add("/ae/from_pretrained", obj(value.ae).from_pretrained);
    for (const list of ["text_encoder", "tokenizer"])
      (Array.isArray(value[list]) ? (value[list] as unknown[]) : []).forEach((e, i) => {
        add(`/${list}/${i}/from_pretrained`, obj(e).from_pretrained);
      });
    add("/save_path", value.save_path, "parent");
  } else if (role === "data") {
    const param = obj(value.dataset_param);
    const basic = obj(param.basic_parameters);
    add("/dataset_param/basic_parameters/data_path", basic.data_path);
    add("/dataset_param/basic_parameters/data_folder", basic.data_folder);
    (Array.isArray(param.tokenizer_config) ? (param.tokenizer_config as unknown[]) : []).forEach((e, i) => {
      add(`/dataset_param/tokenizer_config/${i}/from_pretrained`, obj(e).from_pretrained);
    });
  } else if (role === "tool") {
    add("/sorafeature/save_path", obj(value.sorafeature).save_path, "parent");
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
      const value = ctx.value<Json>(role);
      if (!value) continue;
      for (const [pointer, path, what] of namedPaths(value, role)) {
        const absolute = resolveFromRoot(ctx.fs.root, path);
        if (existsSync(what === "parent" ? dirname(absolute.replace(/[/\\]+$/, "")) : absolute)) continue;
        ctx.report({
          target: role,
          pointer,
          messageId: what,
          data: { path },
          hint: "Paths resolve from the root the scripts run in (the MindSpeed-MM checkout, or --root).",
        });
      }
    }
  },
};
