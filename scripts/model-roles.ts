// The model file's roles as the model schema states them: its top-level `allOf` is a chain of
// if/then whose `if` names a role condition (`isInferenceModel`, …) and whose `then` names the
// role's definition (`inferenceModel`, titled InferenceModelConfig). Everything else that needs
// the roles (generated types, validators, classification, docs) is derived from this reading.
import type { JsonSchema } from "./bundle-schema.js";

export interface ModelRoleFact {
  /** Kebab-case id, from the definition name without "Model": "feature-extraction". */
  role: string;
  /** The definition in the model schema, e.g. "inferenceModel". */
  definition: string;
  /** Its title, the name of the generated type, e.g. "InferenceModelConfig". */
  title: string;
  /** The definition whose match selects this role; undefined for the fallback role. */
  condition?: string;
}

const DEFINITION_REF = /^#\/definitions\/([^/]+)$/;

function refName(node: unknown): string | undefined {
  const ref = (node as JsonSchema | undefined)?.$ref;
  return typeof ref === "string" ? DEFINITION_REF.exec(ref)?.[1] : undefined;
}

/** The positive condition of an `if`: a `$ref`, or the one `$ref` in its `allOf` not under `not`. */
function conditionOf(ifSchema: JsonSchema): string | undefined {
  const direct = refName(ifSchema);
  if (direct) return direct;
  const parts = (ifSchema.allOf ?? []) as JsonSchema[];
  const positive = parts.map(refName).filter((name): name is string => name !== undefined);
  if (positive.length > 1) throw new Error("model schema: an if with more than one positive condition");
  return positive[0];
}

/** The roles in the precedence the schema's chain decides them. */
export function modelRoleFacts(model: JsonSchema): ModelRoleFact[] {
  const definitions = (model.definitions ?? {}) as Record<string, JsonSchema>;
  const chain = (model.allOf ?? []) as JsonSchema[];
  const facts = chain.map((step) => {
    const definition = refName(step.then);
    if (!definition || !step.if) throw new Error("model schema: every allOf step must be if/then with a $ref");
    const title = definitions[definition]?.title;
    if (typeof title !== "string") throw new Error(`model schema: definition ${definition} has no title`);
    const role = definition.replace(/Model$/, "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const condition = conditionOf(step.if as JsonSchema);
    return { role, definition, title, ...(condition ? { condition } : {}) };
  });
  if (facts.filter((f) => !f.condition).length !== 1) throw new Error("model schema: exactly one fallback role");
  return facts;
}
