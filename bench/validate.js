#!/usr/bin/env node
// The library's validate(kind, value) on a clean model value (the example checkout's pretraining
// model), µs per call, against its floor: the bare generated validator on the same value, both
// measured here in the same process and run. Target: ≤ 10 µs per call.
import { readFileSync } from "node:fs";
import { validate } from "../dist/bin/index.js";
import { model } from "../dist/generated/validators.js";

const file = new URL("../fixtures/example/examples/stepvideo/t2v/pretrain_t2v_model.json", import.meta.url);
const value = JSON.parse(readFileSync(file, "utf8"));

/**
 * µs per call in steady state: a one-second warm-up (V8 tiers a function up over thousands of
 * calls; a batch sized by the first 200 ms measured the tier-up, 12–14 µs instead of 7), then the
 * best of five batches of at least 200 ms each (other load only adds time).
 */
function perCall(fn) {
  for (let start = performance.now(); performance.now() - start < 1000; ) for (let i = 0; i < 1000; i++) fn();
  let n = 1;
  for (let start = performance.now(); performance.now() - start < 200; n *= 2) {
    for (let i = 0; i < n; i++) fn();
  }
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    best = Math.min(best, ((performance.now() - start) * 1000) / n);
  }
  return best;
}

if (validate("model", value).some((d) => d.severity === "error")) throw new Error("the bench value is not clean");
if (!model(value)) throw new Error("the generated validator rejects the bench value");
const floor = perCall(() => model(value));
const ours = perCall(() => validate("model", value));
console.log("validate(): the example pretraining model value, best of 5 batches, same process");
console.log(`  generated validator alone ${floor.toFixed(2)} µs per call (the floor)`);
console.log(
  `  validate("model", value)  ${ours.toFixed(2)} µs per call, ${(ours / floor).toFixed(1)}× the floor (target ≤ 10 µs) ${ours <= 10 ? "ok" : "MISSED"}`,
);
