// Whether the stylish output is coloured, by the conventions of supports-color and NO_COLOR: the
// --color / --no-color flags win; then FORCE_COLOR (0 or false: off, any other value: on); then
// NO_COLOR (any non-empty value: off); then TERM=dumb (off); else colour exactly on a terminal.
export interface ColorInputs {
  flags: { color?: boolean; noColor?: boolean };
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

export function useColor({ flags, env, isTTY }: ColorInputs): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}
