// One order for sorting paths and ids: by UTF-16 code units, the same on every machine and locale
// (localeCompare is neither), so reports list files and rules in a stable order.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
