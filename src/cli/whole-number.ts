// A numeric flag's value as a whole number of at least `min`, or a UsageError naming the flag and
// what was given; shared by `check` (--jobs, --max-warnings) and `plan` (--world-size, --mbs …).
import { UsageError } from "../errors.js";

export function wholeNumber(raw: unknown, flag: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= min))
    throw new UsageError(`${flag} expects a ${min > 0 ? "positive " : ""}whole number, got "${String(raw)}".`);
  return n;
}
