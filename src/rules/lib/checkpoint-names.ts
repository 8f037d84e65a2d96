// Megatron's checkpoint folder names: mp_rank_XX per TP rank, mp_rank_XX_YYY with pipeline stages.
export function expectedRankDirs(tp: number, pp: number): string[] {
  const names: string[] = [];
  for (let t = 0; t < tp; t++) {
    if (pp > 1)
      for (let p = 0; p < pp; p++) names.push(`mp_rank_${String(t).padStart(2, "0")}_${String(p).padStart(3, "0")}`);
    else names.push(`mp_rank_${String(t).padStart(2, "0")}`);
  }
  return names.sort();
}

/** The TP and PP a set of mp_rank folders was split for, when the names are regular. */
export function inferLayout(names: string[]): { tp: number; pp: number } | undefined {
  let tp = 0;
  let pp = 0;
  for (const name of names) {
    const m = /^mp_rank_(\d{2})(?:_(\d{3}))?$/.exec(name);
    if (!m) return undefined;
    tp = Math.max(tp, Number(m[1]) + 1);
    pp = Math.max(pp, m[2] === undefined ? 1 : Number(m[2]) + 1);
  }
  return names.length > 0 ? { tp, pp } : undefined;
}
