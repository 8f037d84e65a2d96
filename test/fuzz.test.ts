// Properties over generated input: whatever a file or a launch script holds, the check returns
// diagnostics (or none), never throws, and never touches Object.prototype. Sized for CI; set
// FUZZ_RUNS (npm run fuzz) for long runs.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FileKind, validate, validateText } from "../src/index.js";
import { evaluateScript } from "../src/project/script/evaluate-script.js";
import { fixturesDir } from "./fixture-cases.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const TIMEOUT = Math.max(60_000, RUNS * 50);
const example = join(fixturesDir, "example");
const samples: { kind: FileKind; file: string; bytes: Buffer; value: unknown }[] = readdirSync(example, {
  recursive: true,
  withFileTypes: true,
})
  .filter((e) => e.isFile() && e.name.endsWith(".json"))
  .map((e) => {
    const file = relative(example, join(e.parentPath, e.name));
    const bytes = readFileSync(join(example, file));
    const kind: FileKind = e.name === "tools.json" ? "tools" : e.name.startsWith("data") ? "data" : "model";
    return { kind, file, bytes, value: JSON.parse(bytes.toString("utf8")) };
  });

/** Keys that have bitten JavaScript tools before, and keys the configs really use. */
const key = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "predictor", "ae", "dtype", "num_heads"),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 48, 2 ** 53, -(2 ** 63), Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 0.1),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\ud800", "\udfff", "bf16", "bfloat16", "", "48.0"),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
}));

/** Every path to a node of a value, so a generated value can replace any part of a real config. */
function paths(node: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!node || typeof node !== "object") return [at];
  const children = Array.isArray(node)
    ? node.map((v, i) => paths(v, [...at, i]))
    : Object.entries(node).map(([k, v]) => paths(v, [...at, k]));
  return [at, ...children.flat()];
}

function replaced(root: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, {
    value: by,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

const prototypeClean = () => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe("fuzz", () => {
  it(
    "checks any value at any place of a real config without throwing",
    () => {
      const sample = fc
        .constantFrom(...samples)
        .chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...paths(s.value)), value));
      fc.assert(
        fc.property(sample, ([s, path, by]) => {
          const diagnostics = validate(s.kind, replaced(s.value, path, by));
          expect(Array.isArray(diagnostics)).toBe(true);
          prototypeClean();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "checks every prefix and byte mutation of a real config without throwing",
    () => {
      const mutation = fc
        .constantFrom(...samples)
        .chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.nat({ max: s.bytes.length }),
            fc.constantFrom("cut", "insert", "replace", "delete"),
            fc.integer({ min: 0, max: 255 }),
          ),
        );
      fc.assert(
        fc.property(mutation, ([s, at, how, byte]) => {
          const b = s.bytes;
          const bytes =
            how === "cut"
              ? b.subarray(0, at)
              : how === "insert"
                ? Buffer.concat([b.subarray(0, at), Buffer.from([byte]), b.subarray(at)])
                : how === "replace"
                  ? Buffer.concat([b.subarray(0, at), Buffer.from([byte]), b.subarray(at + 1)])
                  : Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
          const diagnostics = validateText(s.kind, bytes, s.file);
          expect(diagnostics.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
          prototypeClean();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "evaluates generated launch scripts without throwing",
    async () => {
      const name = fc.constantFrom("TP", "PP", "CP", "MBS", "GBS", "NPUS_PER_NODE", "X", "__proto__");
      const word = fc.oneof(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map(String),
        name.map((n) => `$${n}`),
        name.map((n) => `\${${n}}`),
        fc
          .tuple(name, fc.constantFrom("+", "-", "*", "/", "%", "**", "<<"), name)
          .map(([a, op, b]) => `$(( ${a} ${op} ${b} ))`),
        fc.string({ unit: "binary", maxLength: 8 }).map((s) => JSON.stringify(s)),
        fc.constantFrom("'", '"', "$((", "`date`", "$(hostname)", "\\", "${X:-1}"),
      );
      const line = fc.oneof(
        fc.tuple(name, fc.array(word, { minLength: 1, maxLength: 3 })).map(([n, ws]) => `${n}=${ws.join("")}`),
        fc.tuple(name, word).map(([n, w]) => `export ${n}=${w}`),
        fc
          .array(word, { maxLength: 4 })
          .map((ws) => `torchrun --nproc_per_node $NPUS_PER_NODE pretrain_sora.py ${ws.join(" ")}`),
        fc.constantFrom('if [ -z "$X" ]; then', "fi", "done", "cat <<EOF", "EOF", "\r", "\u0000"),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
          const evaluation = await evaluateScript(lines.join("\n"));
          expect(evaluation.vars).toBeInstanceOf(Map);
          prototypeClean();
        }),
        { numRuns: Math.max(50, Math.floor(RUNS / 2)) },
      );
    },
    TIMEOUT,
  );
});
