// Turns the faults found while evaluating launch scripts (syntax errors, binary content, CRLF
// line endings) into script-syntax diagnostics: one per script, whether or not it starts a run.
import type { ScriptFaultAt } from "../project/load-runs.js";
import { docsPath } from "../rules/rule-types.js";
import { scriptSyntax } from "../rules/script-syntax.js";
import type { Diagnostic, RuleSetting } from "../types.js";
import { fillTemplate } from "./run-file-rules.js";

const HINTS: Record<string, string> = {
  syntax: "Fix the syntax (bash -n SCRIPT shows it too); the checks read the script only up to this point.",
  binary: "Check that this is the launch script and not a binary or a corrupted copy; remove the NUL bytes.",
  crlf: "Convert the file to LF line endings (dos2unix, or the editor's line-ending setting); the checks read it as if converted.",
  unreadable: "Replace the path with the launch script itself (check where a symlink points with readlink -f).",
};

export function scriptFaultDiagnostics(faults: ScriptFaultAt[], settings: Record<string, RuleSetting>): Diagnostic[] {
  const { meta } = scriptSyntax;
  const setting = settings[meta.id];
  if (setting === "off") return [];
  return faults.map(({ script, fault }) => ({
    ruleId: meta.id,
    messageId: fault.messageId,
    severity: setting ?? meta.severity,
    file: script,
    pointer: "",
    line: fault.line,
    column: fault.column,
    message: fillTemplate(meta.messages[fault.messageId]!, { problem: fault.problem }),
    hint: HINTS[fault.messageId]!,
    docs: docsPath(meta.id),
  }));
}
