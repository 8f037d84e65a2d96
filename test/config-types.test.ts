// The generated config types as a user's TypeScript sees them (tsc checks this file in
// `npm run typecheck`): closed schemas give types without index signatures, so a typo'd key in a
// typed literal does not compile, and each model role's guard narrows a ModelConfig.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type DpoModelConfig,
  type FeatureExtractionModelConfig,
  type InferenceModelConfig,
  isDpoModel,
  isFeatureExtractionModel,
  isInferenceModel,
  isPretrainModel,
  type ModelConfig,
  modelRoles,
  type Predictor,
  type PretrainModelConfig,
} from "../src/index.js";

const example = (path: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/example/examples/stepvideo/${path}`, import.meta.url), "utf8"),
  ) as ModelConfig;

describe("generated config types", () => {
  it("reject a typo'd key in a typed literal", () => {
    const predictor: Predictor = {
      model_id: "stepvideodit",
      // @ts-expect-error the README's headline mistake: use_additional_conditions misspelled
      use_additonal_conditions: false,
    };
    const pretrain: Partial<PretrainModelConfig> = {
      // @ts-expect-error a key of the inference role only
      pipeline_class: "StepVideoPipeline",
    };
    expect([predictor, pretrain]).toHaveLength(2);
  });

  it("give one guard per role that narrows ModelConfig and agrees with the role the check reports", () => {
    const guards = {
      inference: isInferenceModel,
      dpo: isDpoModel,
      pretrain: isPretrainModel,
      "feature-extraction": isFeatureExtractionModel,
    } as const;
    expect(Object.keys(guards).sort()).toEqual([...modelRoles].sort());
    const files: [string, keyof typeof guards][] = [
      ["t2v/inference_t2v_model.json", "inference"],
      ["t2v/posttrain_t2v_model.json", "dpo"],
      ["t2v/pretrain_t2v_model.json", "pretrain"],
      ["feature_extract/model_stepvideo.json", "feature-extraction"],
    ];
    for (const [path, role] of files) {
      const value = example(path);
      for (const [name, guard] of Object.entries(guards))
        expect(guard(value), `${name} on ${path}`).toBe(name === role);
    }
    const value = example("t2v/inference_t2v_model.json");
    // A ModelConfig is none of the roles until a guard says which.
    expectTypeOf<ModelConfig>().not.toExtend<InferenceModelConfig>();
    expectTypeOf<ModelConfig>().not.toExtend<DpoModelConfig>();
    expectTypeOf<ModelConfig>().not.toExtend<PretrainModelConfig>();
    expectTypeOf<ModelConfig>().not.toExtend<FeatureExtractionModelConfig>();
    if (isInferenceModel(value)) expectTypeOf(value).toExtend<InferenceModelConfig>();
    if (isDpoModel(value)) expectTypeOf(value).toExtend<DpoModelConfig>();
    if (isPretrainModel(value)) expectTypeOf(value).toExtend<PretrainModelConfig>();
    if (isFeatureExtractionModel(value)) expectTypeOf(value).toExtend<FeatureExtractionModelConfig>();
    // Narrowed, a role's own keys are readable without a cast.
    expect(isInferenceModel(value) ? value.pipeline_config?.input_size : undefined).toBeDefined();
  });
});
