// How values and suggestions appear in messages: the typo suggestion is the same as a full edit
// distance matrix gives, but bounded, so a megabyte-long value is compared in linear time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateText } from "../src/index.js";
import { closest, editDistance, showData, showValue } from "../src/schema/display.js";
import { fixturesDir } from "./fixture-cases.js";
import { growthRatio } from "./growth.js";

/** The full-matrix optimal string alignment distance: the reference the bounded one must match. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

function fullClosest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : fullDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const KEYS = ["num_heads", "num_layers", "head_dim", "in_channels", "out_channels", "dtype", "bf16", "fp16", "fp32"];

function words(count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const alphabet = "abcdehlmnorstu_12";
  return Array.from({ length: count }, () => {
    const base = KEYS[Math.floor(next() * KEYS.length)]!.split("");
    for (let k = Math.floor(next() * 5); k > 0; k--) {
      const at = Math.floor(next() * (base.length + 1));
      const op = next();
      if (op < 0.3) base.splice(at, 1);
      else if (op < 0.6) base.splice(at, 0, alphabet[Math.floor(next() * alphabet.length)]!);
      else if (op < 0.8) base.splice(at, 1, alphabet[Math.floor(next() * alphabet.length)]!);
      else if (at + 1 < base.length) [base[at], base[at + 1]] = [base[at + 1]!, base[at]!];
    }
    return base.join("");
  });
}

describe("closest and editDistance", () => {
  it("give the same answers as the full matrix on key-like words", () => {
    for (const w of words(400)) {
      for (const k of KEYS) {
        const full = fullDistance(w, k);
        expect(editDistance(w, k), `${w} → ${k}`).toBe(full);
        for (const max of [0, 1, 2, 3]) {
          const bounded = editDistance(w, k, max);
          if (full <= max) expect(bounded).toBe(full);
          else expect(bounded).toBeGreaterThan(max);
        }
      }
      expect(closest(w, KEYS), w).toBe(fullClosest(w, KEYS));
    }
    expect(closest("NUM_HEADS", KEYS)).toBe("num_heads");
    expect(closest("hiden_size", ["hidden_size", "hidden"])).toBe("hidden_size");
    expect(closest("xyz", KEYS)).toBeUndefined();
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds

  it("suggest for a megabyte-long value in linear time, allowing at most 64 edits", () => {
    expect(closest(`${"a".repeat(300)}`, [`${"a".repeat(230)}${"b".repeat(70)}`])).toBeUndefined();
    expect(closest(`${"a".repeat(300)}`, [`${"a".repeat(240)}${"b".repeat(60)}`])).toBeDefined();
    expect(closest("x".repeat(1 << 20), KEYS)).toBeUndefined();
    expect(editDistance("a".repeat(1 << 20), `${"a".repeat((1 << 20) - 1)}b`, 2)).toBe(1);
    const ratio = growthRatio((n) => {
      const word = "dtyp".repeat(n);
      const near = `${"dtyp".repeat(n - 1)}dtpy`;
      return () => {
        closest(word, [...KEYS, word.slice(1)]);
        editDistance(word, near, 3);
      };
    }, 1 << 15);
    expect(ratio).toBeLessThan(8);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds
});

describe("values in messages", () => {
  it("are short JSON, cut at 60 characters, as before for ordinary values", () => {
    const before = (v: unknown) => {
      const text = JSON.stringify(v) ?? String(v);
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    const values = [
      1,
      -2.5,
      "bf16",
      true,
      null,
      [1, 2],
      { a: [1, { b: "x" }] },
      "x".repeat(100),
      { k: "y".repeat(80) },
    ];
    for (const v of values) expect(showValue(v)).toBe(before(v));
    expect(showValue(Number.NaN)).toBe("NaN");
    expect(showValue([Number.NEGATIVE_INFINITY])).toBe("[-Infinity]");
    expect(showData({ x: 1 })).toBe('{"x":1}');
    expect(showData(48)).toBe("48");
    expect(showData("z".repeat(1000))).toHaveLength(200);
  });

  it("never serialise a huge value whole", () => {
    const huge = { list: Array.from({ length: 1_000_000 }, (_, i) => i), text: "t".repeat(5_000_000) };
    expect(showValue(huge)).toBe('{"list":[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,1...');
    expect(showValue("t".repeat(5_000_000))).toHaveLength(60);
  });

  it("print an object where a number is expected as JSON, not [object Object]", () => {
    const model = JSON.parse(
      readFileSync(join(fixturesDir, "example/examples/stepvideo/t2v/pretrain_t2v_model.json"), "utf8"),
    );
    model.predictor.in_channels = { value: 64 };
    const text = JSON.stringify(model, null, 2);
    const found = validateText("model", text).filter((d) => d.pointer === "/predictor/in_channels");
    expect(found).toMatchObject([
      { ruleId: "schema", messageId: "type", line: text.split("\n").indexOf('    "in_channels": {') + 1 },
    ]);
    expect(found[0]!.message).toContain('{"value":64}');
    // a tools.json carrying model sections is not judged by model rules at all (they declare their kinds)
    const tools = JSON.parse(readFileSync(join(fixturesDir, "example/mindspeed_mm/tools/tools.json"), "utf8"));
    const all = validateText(
      "tools",
      JSON.stringify({ ...tools, predictor: model.predictor, dataset_param: { use_text_processer: { a: 1 } } }),
    );
    expect(all.map((d) => `${d.message} ${d.hint ?? ""}`).join("\n")).not.toContain("[object");
  });
});
