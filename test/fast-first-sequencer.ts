// Test file order for mutation runs (vitest.mutation.config.ts). StrykerJS runs a mutant's covering
// tests with bail 1, so the first failing test ends the run: running the quickest files first makes
// a killed mutant cheap. Vitest's own order is the opposite (slowest first, to fill parallel
// workers), which under Stryker's single worker makes every kill wait for the slowest file.
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

export class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    // Files never run come first, smaller first; then by the duration of their last run.
    const cost = (spec: TestSpecification): [number, number] => {
      const key = `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
      const duration = cache.getFileTestResults(key)?.duration;
      return duration === undefined ? [0, cache.getFileStats(key)?.size ?? 0] : [1, duration];
    };
    return [...files].sort((a, b) => {
      const [x, y] = [cost(a), cost(b)];
      return x[0] - y[0] || x[1] - y[1];
    });
  }
}
