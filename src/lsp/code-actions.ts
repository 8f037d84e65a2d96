// Quick fixes: the fixes `check --fix` applies, offered on the diagnostics that carry one. A fix is
// character offsets into the text the check read (Diagnostic.fix), so an action is offered only
// while the buffer is still the text the diagnostics were computed on.
import { type CodeAction, CodeActionKind, type Range } from "vscode-languageserver";
import type { PublishedFile } from "./published-diagnostics.js";

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range["start"], q: Range["start"]) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(published: PublishedFile | undefined, range: Range, version: number): CodeAction[] {
  const snapshot = published?.snapshot;
  if (!published || !snapshot || snapshot.version !== version) return [];
  const actions: CodeAction[] = [];
  published.diagnostics.forEach((d, i) => {
    const { fix } = d;
    const lsp = published.lsp[i];
    if (!fix || !lsp || !overlaps(lsp.range, range)) return;
    const edit = {
      range: { start: snapshot.positionAt(fix.range[0]), end: snapshot.positionAt(fix.range[1]) },
      newText: fix.text,
    };
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [lsp],
      isPreferred: true,
      edit: { changes: { [published.uri]: [edit] } },
    });
  });
  return actions;
}
