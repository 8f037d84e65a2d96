// validate(kind, value) checks a plain value as itself and prints it only for positions: its
// diagnostics must equal those of the value printed with two-space indents and read back (what
// validate() did before), for every fixture and the example tree, in two releases; values that do
// not print as themselves take the printed path.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPlainJson } from "../src/document/plain-value.js";
import { DEFAULT_RELEASE, type Release } from "../src/generated/releases.js";
import { validate, validateText } from "../src/index.js";
import { loadDocument } from "../src/project/load-document.js";
import type { FileKind } from "../src/types.js";
import { fixturesDir, invalidFixtures, validFixtures } from "./fixture-cases.js";

const printed = (kind: FileKind, value: unknown, release: Release) =>
  validateText(kind, JSON.stringify(value, null, 2) ?? "", "<value>", {}, release);

/** JSON files of a tree with the kind the check gives them. */
function jsonFilesOf(dir: string): { path: string; kind: FileKind }[] {
  const out: { path: string; kind: FileKind }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    const path = join(entry.parentPath, entry.name);
    const kind = loadDocument(path, readFileSync(path), { explicit: true })?.kind;
    if (kind) out.push({ path, kind });
  }
  return out;
}

function parsed(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined; // not JSON as JavaScript reads it: no value to give validate()
  }
}

const cases = [
  ...[...validFixtures(), ...invalidFixtures()]
    .filter((c) => c.kind !== "unknown")
    .map((c) => ({ path: c.path, kind: c.kind as FileKind })),
  ...jsonFilesOf(join(fixturesDir, "example")),
  ...jsonFilesOf(join(fixturesDir, "runs")),
]
  .map((c) => ({ ...c, value: parsed(c.path) }))
  .filter((c) => c.value !== undefined);

describe("validate(kind, value)", () => {
  it("covers the fixtures, clean and with problems", () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.filter((c) => validate(c.kind, c.value).length > 0).length).toBeGreaterThan(50);
  });

  it.each<Release>(["2.1.0", DEFAULT_RELEASE])("gives what the printed value gives, release %s", (release) => {
    for (const { path, kind, value } of cases) {
      expect(isPlainJson(value), path).toBe(true);
      expect(validate(kind, value, {}, release), path).toEqual(printed(kind, value, release));
    }
  });

  const model = parsed(join(fixturesDir, "example/examples/stepvideo/t2v/pretrain_t2v_model.json")) as {
    predictor: Record<string, unknown>;
  };
  const withHeads = (heads: unknown) => ({ ...model, predictor: { ...model.predictor, num_heads: heads } });
  it.each([
    ["an integer that prints with an exponent", withHeads(1e21)],
    ["NaN", withHeads(Number.NaN)],
    ["-0", withHeads(-0)],
    ["a Date", withHeads(new Date(0))],
    ["an undefined member", withHeads(undefined)],
    ["a sparse array", { ...model, sparse: Object.assign(new Array(3), { 0: 1 }) }],
    ["a class instance", { ...model, predictor: new (class {})() }],
  ])("reads back %s as printed", (_, value) => {
    expect(isPlainJson(value)).toBe(false);
    expect(validate("model", value)).toEqual(printed("model", value, DEFAULT_RELEASE));
  });

  it("reports a float token where 1e21 prints with an exponent", () => {
    expect(validate("model", withHeads(1e21))).toContainEqual(
      expect.objectContaining({ ruleId: "integer-token", pointer: "/predictor/num_heads" }),
    );
  });

  const encoder = { model_id: "StepLLmModel", hub_backend: "hf", from_pretrained: "llm", dtype: "bf16" };
  // The key walk reads a plain value itself (key-walk.ts), not a tree: its pointers must still be
  // escaped, repeated through arrays, and stop below an unknown key, as the parsed text's are.
  it.each([
    ["keys that need pointer escapes", { ...model, "a/b~c": { "d~1": 1 } }, "/a~1b~0c"],
    ["a dead key in a nested object", { ...model, ae: { model_id: "stepvideovae", version: 1 } }, "/ae/version"],
    [
      "a typo inside an array item",
      { ...model, text_encoder: [encoder, { ...encoder, dtyp: "bf16" }] },
      "/text_encoder/1/dtyp",
    ],
    ["an unknown key under an unknown key", { ...model, extra: { inner: 1 } }, "/extra"],
    [
      "an own __proto__ key, as JSON.parse makes it",
      { ...model, ...JSON.parse('{"__proto__": {"a": 1}}') },
      "/__proto__",
    ],
  ])("walks %s as the printed text is walked", (_, value, pointer) => {
    expect(isPlainJson(value)).toBe(true);
    const found = validate("model", value);
    expect(found).toEqual(printed("model", value, DEFAULT_RELEASE));
    expect(found.map((d) => d.pointer)).toContain(pointer);
    expect(found.filter((d) => d.pointer.startsWith("/extra/") || d.pointer.startsWith("/a~1b~0c/"))).toEqual([]);
  });
});
