// `--fix-dry-run` output: a unified diff (as `diff -u` and git print it, 3 lines of context) of a
// file's text before and after. Lines are compared with Myers' O((N+M)·D) algorithm, which is
// fast here because fixes change few lines.

const CONTEXT = 3;

type Op = { kind: " " | "-" | "+"; line: string };

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (const hunk of hunks(ops)) out += hunk;
  return out;
}

/** Lines with their terminators, so a missing final newline shows as diff marks it. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!);
      let x = down ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end to recover the edit script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vd.get(k - 1)! < vd.get(k + 1)!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x]! });
    }
    if (d > 0) ops.push(down ? { kind: "+", line: b[--y]! } : { kind: "-", line: a[--x]! });
  }
  return ops.reverse();
}

function* hunks(ops: Op[]): Generator<string> {
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < ops.length) {
    const change = ops.findIndex((op, j) => j >= i && op.kind !== " ");
    if (change < 0) return;
    // Unchanged lines before the hunk's leading context advance both sides alike.
    const start = Math.max(i, change - CONTEXT);
    oldLine += start - i;
    newLine += start - i;
    // Extend the hunk while the next change is within 2×CONTEXT unchanged lines.
    let end = change;
    let quiet = 0;
    for (let j = change; j < ops.length; j++) {
      if (ops[j]!.kind === " ") {
        quiet++;
        if (quiet > 2 * CONTEXT) break;
      } else {
        quiet = 0;
        end = j;
      }
    }
    const stop = Math.min(ops.length, end + 1 + CONTEXT);
    const body = ops.slice(start, stop);
    const oldCount = body.filter((op) => op.kind !== "+").length;
    const newCount = body.filter((op) => op.kind !== "-").length;
    let text = `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`;
    for (const op of body) {
      text += op.kind + op.line;
      if (!op.line.endsWith("\n")) text += "\n\\ No newline at end of file\n";
    }
    yield text;
    oldLine += oldCount;
    newLine += newCount;
    i = stop;
  }
}

/** `start,count` as diff writes it: an empty range starts one line earlier. */
function range(start: number, count: number): string {
  if (count === 1) return String(start);
  return `${count === 0 ? start - 1 : start},${count}`;
}
