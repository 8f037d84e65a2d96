// The ajv-cli comparison (bench/vs-ajv-cli.js) loads our schemas into ajv-cli in strict mode, so its
// keyword module must list every annotation keyword the build accepts, or the benchmark stops.
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { annotationKeywords } from "../scripts/ajv-options.js";

test("the ajv-cli benchmark accepts the annotation keywords the build accepts", () => {
  const bench = createRequire(import.meta.url)("../bench/ajv-cli-keywords.cjs") as { keywords: string[] };
  expect([...bench.keywords].sort()).toEqual([...annotationKeywords].sort());
});
