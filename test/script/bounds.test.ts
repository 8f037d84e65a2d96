// A runaway or hostile launch script costs bounded time and memory: deep or long $((…)) evaluate
// without recursion, a value past 1 MiB or a script past its work budget becomes unknown ("too
// complex to evaluate statically"), which the engine reports under script-value. Growth is a
// ratio of times at n and 4n, never an absolute time.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";
import { TOO_COMPLEX } from "../../src/project/script/shell-text.js";
import { growthRatioAsync } from "../growth.js";
import { exampleCopy } from "../overlay-tree.js";

const nested = (n: number) => `X=$((${"(".repeat(n)}1${")".repeat(n)}))\n`;
const sum = (n: number) => `X=$((${Array.from({ length: n }, (_, i) => i + 1).join("+")}))\n`;
const doubling = (n: number) => `X=ab\n${"X=$X$X\n".repeat(n)}`;
const copies = (n: number) => `${doubling(18)}${"Y=$X\n".repeat(n)}`;

describe("bounded evaluation", () => {
  it("evaluates 6000 nested parentheses and a 9000-term sum exactly", async () => {
    expect((await evaluateScript(nested(6000))).vars.get("X")?.value).toBe("1");
    expect((await evaluateScript(sum(9000))).vars.get("X")?.value).toBe(String((9000 * 9001) / 2));
    expect((await evaluateScript(`X=$((${"-".repeat(5000)}1))\n`)).vars.get("X")?.value).toBe("1");
  });

  it("caps a value at 1 MiB: X=$X$X forty times is unknown from the doubling past it", async () => {
    const r = await evaluateScript(doubling(40));
    expect(r.vars.get("X")).toMatchObject({ value: undefined, reason: TOO_COMPLEX });
    expect((await evaluateScript(doubling(19))).vars.get("X")?.value).toHaveLength(2 ** 20);
    expect((await evaluateScript(doubling(20))).vars.get("X")?.reason).toBe(TOO_COMPLEX);
  });

  it("spends a per-script budget: past it every further value is unknown", async () => {
    const r = await evaluateScript(`${copies(200)}Z=1\n`);
    expect(r.vars.get("Y")?.reason).toBe(TOO_COMPLEX);
    expect(r.vars.get("Z")?.reason).toBe(TOO_COMPLEX);
    expect((await evaluateScript(`${copies(2)}Z=1\n`)).vars.get("Z")?.value).toBe("1");
  });

  it("grows linearly with nesting, terms, doublings and copies (n → 4n well under 8×)", async () => {
    const evaluate = (script: (n: number) => string) => (n: number) => {
      const text = script(n);
      return () => evaluateScript(text);
    };
    const ratios = {
      nested: await growthRatioAsync(evaluate(nested), 6000),
      sum: await growthRatioAsync(evaluate(sum), 9000),
      doubling: await growthRatioAsync(evaluate(doubling), 20),
      copies: await growthRatioAsync(evaluate(copies), 250),
    };
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, name).toBeLessThan(8);
  });

  it("reports a value too complex to evaluate under script-value when a rule needs it", async () => {
    const root = exampleCopy();
    const script = join(root, "examples/stepvideo/t2v/pretrain_t2v.sh");
    writeFileSync(script, readFileSync(script, "utf8").replace("\nTP=4\n", `\n${doubling(20)}TP=$X\n`));
    const report = await check({ paths: [script] });
    const unknown = report.diagnostics.filter((d) => d.ruleId === "script-value");
    expect(unknown).toMatchObject([{ messageId: "unknown", pointer: "/TP", line: 38 }]);
    expect(unknown[0]!.message).toContain(TOO_COMPLEX);
  });
});
