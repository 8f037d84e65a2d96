// Small integer helpers the parallel-layout rules share (and `plan` reuses).
export function divisors(n: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= n; d++) if (n % d === 0) out.push(d);
  return out;
}

export function formatSet(values: number[]): string {
  return `{${values.join(",")}}`;
}
