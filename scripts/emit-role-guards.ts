// src/generated/model-role-guards.ts: one type guard per model role (`isPretrainModel` …), so a
// ModelConfig narrows to its role's type without a cast. Each asks the role decision the model
// schema states (its if/then chain, run by the generated condition validators).
import type { ModelRoleFact } from "./model-roles.js";

const guardName = (fact: ModelRoleFact) => `is${fact.definition[0]!.toUpperCase()}${fact.definition.slice(1)}`;

export function roleGuardsModule(roles: ModelRoleFact[]): string {
  const titles = roles.map((r) => r.title).sort();
  const lines = [
    'import { modelRole } from "../schema/validators.js";',
    `import type { ModelConfig, ${titles.join(", ")} } from "./types.js";`,
  ];
  for (const fact of roles)
    lines.push(
      "",
      `/** Whether a model file has the \`${fact.role}\` role (${fact.title}), as the model schema decides it. */`,
      `export function ${guardName(fact)}(value: ModelConfig): value is ${fact.title} {`,
      `  return modelRole(value) === ${JSON.stringify(fact.role)};`,
      "}",
    );
  return `${lines.join("\n")}\n`;
}
