// What people write for a dtype and what MindSpeed-MM's get_dtype calls it, for hints
// (`bfloat16` is one edit from `float16`, which is not what anyone means).
const ALIASES: Record<string, string> = {
  bfloat16: "bf16",
  bfloat: "bf16",
  float: "float32",
  single: "float32",
  double: "float64",
  fp64: "float64",
  float64: "float64",
  int: "int32",
  int32: "int32",
};

export function dtypeHint(actual: unknown): string | undefined {
  if (typeof actual !== "string") return undefined;
  const key = actual
    .trim()
    .toLowerCase()
    .replace(/^torch\./, "");
  return ALIASES[key] ?? (["bf16", "fp16", "fp32", "half", "float16", "float32"].includes(key) ? key : undefined);
}
