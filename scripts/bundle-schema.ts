// Makes a kind's source schema self-contained: every `common.schema.json#/definitions/X`
// reference (and what X references in turn) is copied into the kind's own definitions, so
// editors can load the shipped file alone, with no cross-file $ref.
export type JsonSchema = { [key: string]: unknown };

const COMMON_REF = /^common\.schema\.json#\/definitions\/([^/]+)$/;

export function bundleSchema(source: JsonSchema, common: JsonSchema): JsonSchema {
  const commonDefs = (common.definitions ?? {}) as Record<string, JsonSchema>;
  const ownDefs = { ...((source.definitions ?? {}) as Record<string, JsonSchema>) };
  const needed = new Set<string>();
  const pending: string[] = [];

  const rewrite = (node: unknown, inCommon: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, inCommon));
    if (!node || typeof node !== "object") return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name =
          value.match(COMMON_REF)?.[1] ?? (inCommon ? value.match(/^#\/definitions\/([^/]+)$/)?.[1] : undefined);
        if (name !== undefined && (inCommon || COMMON_REF.test(value))) {
          if (!commonDefs[name]) throw new Error(`unknown common definition ${name} (${value})`);
          if (!needed.has(name)) {
            needed.add(name);
            pending.push(name);
          }
          out[key] = `#/definitions/${name}`;
          continue;
        }
        if (value.includes(".json")) throw new Error(`cross-file $ref not supported: ${value}`);
      }
      out[key] = rewrite(value, inCommon);
    }
    return out;
  };

  const { definitions: _drop, ...body } = source;
  const bundled = rewrite(body, false) as JsonSchema;
  const definitions: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(ownDefs)) definitions[name] = rewrite(def, false);
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (ownDefs[name]) throw new Error(`definition ${name} exists in both common and ${String(source.$id)}`);
    definitions[name] = rewrite(commonDefs[name], true);
  }
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  return Object.keys(sorted).length > 0 ? { ...bundled, definitions: sorted } : bundled;
}
