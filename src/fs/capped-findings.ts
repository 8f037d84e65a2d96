// Collects line-numbered findings per rule up to a cap, then only counts, so a broken dataset of
// a million records yields a readable report: the first few problems and how many more.
export interface LineFinding {
  /** Absolute path of the file the line belongs to. */
  file: string;
  line: number;
  pointer: string;
  messageId: string;
  data: Record<string, string | number>;
}

const FINDINGS_PER_RULE = 20;

export class CappedFindings {
  readonly byRule = new Map<string, { shown: LineFinding[]; more: number }>();

  add(ruleId: string, finding: LineFinding): void {
    let entry = this.byRule.get(ruleId);
    if (!entry) {
      entry = { shown: [], more: 0 };
      this.byRule.set(ruleId, entry);
    }
    if (entry.shown.length < FINDINGS_PER_RULE) entry.shown.push(finding);
    else entry.more++;
  }

  /** Appends the findings of a later part of the same file, its lines shifted by `lineOffset`. */
  absorb(other: CappedFindings["byRule"], lineOffset: number): void {
    for (const [ruleId, { shown, more }] of other) {
      for (const f of shown) this.add(ruleId, { ...f, line: f.line + lineOffset });
      this.byRule.get(ruleId)!.more += more;
    }
  }

  of(ruleId: string): { shown: LineFinding[]; more: number } {
    return this.byRule.get(ruleId) ?? { shown: [], more: 0 };
  }
}
