// Closes the published schemas for editors: every object shape that lists its keys gets
// `additionalProperties: false`, so any JSON-schema editor flags a typo'd key, as unknown-key does.
// The validators keep the sources' own closures only: elsewhere MindSpeed-MM ignores unknown keys
// (the CLI warns through unknown-key), where the sources close a section it rejects them (errors).
// A shape whose branches bring in other definitions (the model file's roles) is closed in each
// of them, per role; a source that says `additionalProperties` keeps what it says.
import type { JsonSchema } from "./bundle-schema.js";

/** The combinators that apply their subschemas to the value (conditions only test it). */
const BRANCHES = new Set(["then", "else", "allOf", "anyOf", "oneOf"]);
/**
 * Keywords whose subschemas describe another place (a member, an element) or name a definition;
 * the walk goes only through these, never into if/then/else/not/allOf/anyOf/oneOf, whose
 * subschemas refine the shape around them and are not shapes of their own.
 */
const PLACES = new Set(["properties", "patternProperties", "definitions"]);
const PLACE = new Set(["items", "additionalItems", "additionalProperties"]);

/** A shape lists keys with something to say about at least one (not just `true`, as conditions do). */
function listsKeys(node: JsonSchema): boolean {
  const props = node.properties as Record<string, unknown> | undefined;
  return props !== undefined && Object.values(props).some((v) => v !== true);
}

/** A shape whose branches bring in definitions of their own (the model file's roles) closes there, not here. */
function delegates(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(delegates);
  if (!node || typeof node !== "object") return false;
  return Object.entries(node as JsonSchema).some(
    ([key, value]) => BRANCHES.has(key) && (refers(value) || delegates(value)),
  );
}

const refers = (node: unknown): boolean =>
  Array.isArray(node) ? node.some(refers) : typeof (node as JsonSchema | null)?.$ref === "string";

function close(node: JsonSchema): JsonSchema {
  if (!listsKeys(node) || "additionalProperties" in node || "patternProperties" in node || delegates(node)) return node;
  // Placed after `properties` so the published file reads: the keys, then "no others".
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = value;
    if (key === "properties") out.additionalProperties = false;
  }
  return out;
}

/** The bundle with every shape reached without passing through a combinator closed. */
export function closeObjects(bundle: JsonSchema): JsonSchema {
  const visit = (node: unknown): unknown => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(close(node as JsonSchema))) {
      if (PLACES.has(key) && value && typeof value === "object")
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, visit(sub)]));
      else if (PLACE.has(key)) out[key] = Array.isArray(value) ? value.map(visit) : visit(value);
      else out[key] = value;
    }
    return out;
  };
  return visit(bundle) as JsonSchema;
}
