// Growth ratios for the linear-time regression tests: how much slower a job gets when its input
// grows 4×, from the fastest of a few runs after a warm-up. A ratio, never an absolute time, so a
// slow or busy machine does not fail it; quadratic work shows up as ~16×, linear as ~4×.
// The mutation suite (vitest.mutation.config.ts) sets STEPVIDEO_TIMING=off: instrumented code on
// busy cores distorts timings, so there every ratio is reported as 0 and only the behaviour
// assertions of these tests run.
import { performance } from "node:perf_hooks";

const timingOff = process.env.STEPVIDEO_TIMING === "off";

function timeOf(job: () => void, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    job();
    times.push(performance.now() - start);
  }
  return Math.min(...times); // interference only ever adds time
}

/** time(4n) / time(n) for `job` built at sizes n and 4n (building is not timed). */
export function growthRatio(prepare: (n: number) => () => void, n: number, runs = 9): number {
  if (timingOff) return 0;
  const small = prepare(n);
  const large = prepare(4 * n);
  small(); // warm-up: let the JIT compile and the heap grow before timing
  large();
  return timeOf(large, runs) / timeOf(small, runs);
}

/** The same for an asynchronous job (a launch script's evaluation awaits its parser). */
export async function growthRatioAsync(
  prepare: (n: number) => () => Promise<unknown>,
  n: number,
  runs = 9,
): Promise<number> {
  if (timingOff) return 0;
  const small = prepare(n);
  const large = prepare(4 * n);
  await small();
  await large();
  const fastest = async (job: () => Promise<unknown>) => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      await job();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  return (await fastest(large)) / (await fastest(small));
}
