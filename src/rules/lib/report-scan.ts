// Reports the capped, line-numbered findings a records scan kept for one rule, and one more
// diagnostic that counts the rest.
import type { RunContext } from "../../engine/run-context.js";
import type { RecordsScan } from "../../fs/records-scan.js";
import { relativePosix } from "../../project/paths.js";

export function reportScan(ctx: RunContext, scan: RecordsScan, ruleId: string, hint?: string): void {
  const { shown, more } = scan.findings.of(ruleId);
  const rel = (file: string) => relativePosix(ctx.fs!.root, file);
  for (const f of shown) {
    ctx.report({
      target: "data",
      file: rel(f.file),
      pointer: f.pointer,
      at: { line: f.line, column: 1 },
      messageId: f.messageId,
      data: f.data,
      ...(hint ? { hint } : {}),
    });
  }
  const last = shown[shown.length - 1];
  if (last && more > 0) {
    ctx.report({
      target: "data",
      file: rel(last.file),
      pointer: "",
      at: { line: last.line, column: 1 },
      messageId: "more",
      data: { count: more },
      hint: "Only the first problems of a kind are listed; fix them and check again.",
    });
  }
}
