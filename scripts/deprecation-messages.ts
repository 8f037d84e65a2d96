// Dead keys (`deprecated: true`, reported by the dead-key rule) get VS Code's `deprecationMessage`
// from their description, so an editor says why the key does nothing instead of a bare
// "Value is deprecated". The description stays the one source of the reason.
import type { JsonSchema } from "./bundle-schema.js";

export function withDeprecationMessages(schema: JsonSchema): JsonSchema {
  return annotate(schema) as JsonSchema;
}

function annotate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(annotate);
  if (!node || typeof node !== "object") return node;
  const n = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(n))
    out[key] = key === "enum" || key === "const" || key === "default" || key === "examples" ? value : annotate(value);
  if (n.deprecated === true && typeof n.description === "string" && out.deprecationMessage === undefined)
    out.deprecationMessage = n.description;
  return out;
}
