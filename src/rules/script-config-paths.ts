// script-config-paths: the --mm-data/--mm-model/--mm-tool files an entry point needs must be
// named, resolvable, present, and of the right kind; MindSpeed-MM otherwise fails at load time
// (or, for an empty value, at the first AttributeError).

import { describeFault } from "../fs/file-fault.js";
import { CONFIG_FLAGS, type ConfigRef, type EntryPoint } from "../project/run-model.js";
import { compareReleases } from "../releases/release-data.js";
import type { RunRule } from "./rule-types.js";

const NEEDED: Record<EntryPoint, ConfigRef["role"][]> = {
  pretrain: ["data", "model", "tool"],
  dpo: ["data", "model", "tool"],
  "feature-extraction": ["data", "model", "tool"],
  inference: ["model"],
};
/** MindSpeed-MM reads YAML configs from 26.0.0; a path with any other suffix loads nothing (/dev/stdin). */
const suffixes = (release: string) => (compareReleases(release, "26.0.0") < 0 ? [".json"] : [".json", ".yaml"]);
const KINDS: Record<ConfigRef["role"], string[]> = { data: ["data", "data-dpo"], model: ["model"], tool: ["tools"] };

export const scriptConfigPaths: RunRule = {
  meta: {
    id: "script-config-paths",
    description:
      "`MM_DATA` / `MM_MODEL` / `MM_TOOL` missing, unresolvable, naming a file that does not exist, or a file of the wrong kind.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    needs: ["entry"],
    messages: {
      missing: "the {{entry}} run passes no {{flag}}; MindSpeed-MM needs it",
      unknown: "{{flag}} cannot be resolved statically",
      suffix:
        "{{flag}} names {{file}}, not a {{suffixes}} file: MindSpeed-MM {{release}} loads configs only from those",
      absent: "{{flag}} names {{file}}, which does not exist (paths resolve from the root {{root}})",
      unreadable: "{{flag}} names {{file}}, which {{fault}}: MindSpeed-MM cannot load it",
      kind: "{{flag}} names {{file}}, a {{actual}} file, not a {{expected}} file",
      role: "{{flag}} names {{file}}, a {{actual}} model file, but the script runs {{entry}}",
    },
  },
  check(ctx) {
    const { entry, configs, evaluation } = ctx.run;
    const launch = evaluation.launch;
    if (!entry || !launch) return;
    for (const role of NEEDED[entry]) {
      const ref = configs[role];
      const flag = CONFIG_FLAGS[role];
      if (!ref) {
        ctx.report({
          target: "script",
          pointer: "",
          at: { line: launch.line, column: launch.column },
          messageId: "missing",
          data: { entry, flag },
          hint: `Add ${flag} <file> to the arguments (MM_ARGS).`,
        });
        continue;
      }
      const at = { target: "script" as const, pointer: "", at: ref.at };
      if (!ref.file)
        ctx.report({
          ...at,
          messageId: "unknown",
          data: { flag },
          hint: "Set the path with a plain assignment so it can be checked.",
        });
      else if (!suffixes(ctx.release).some((suffix) => ref.file!.endsWith(suffix)))
        ctx.report({
          ...at,
          messageId: "suffix",
          data: { flag, file: ref.written, suffixes: suffixes(ctx.release).join(" or "), release: ctx.release },
          hint: `Point ${flag} at the ${role} config file itself (a .json file as in the examples).`,
        });
      else if (!ref.exists)
        ctx.report({
          ...at,
          messageId: "absent",
          data: { flag, file: ref.file, root: "." },
          hint: "Scripts run from the MindSpeed-MM checkout; check the path or pass --root.",
        });
      else if (ref.fault)
        ctx.report({
          ...at,
          messageId: "unreadable",
          data: { flag, file: ref.file, fault: describeFault(ref.fault) },
          hint: `Point ${flag} at a regular .json file.`,
        });
      else if (ref.kind && !KINDS[role].includes(ref.kind))
        ctx.report({
          ...at,
          messageId: "kind",
          data: { flag, file: ref.file, actual: ref.kind, expected: KINDS[role][0]! },
          hint: `Point ${flag} at a ${KINDS[role][0]} file.`,
        });
      else if (role === "model" && ref.modelRole && ref.modelRole !== entry) {
        ctx.report({
          ...at,
          messageId: "role",
          data: { flag, file: ref.file, actual: ref.modelRole, entry },
          hint: `Use the ${entry} model file for this entry point.`,
        });
      }
    }
  },
};
