// Every schema through both validators: compiled at run time from the validation bundles of
// schemas/src (the shipped schemas before they are closed for editors) with the build's ajv
// options, and the standalone code in src/generated/. They must agree on every sample (the
// shipped example tree, the invalid fixtures, the upstream files).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAjv } from "../scripts/emit-validators.js";
import { schemaBundles } from "../scripts/schema-bundles.js";
import { JsonDocument } from "../src/document/json-document.js";
import { type SchemaKind, schemaKinds } from "../src/generated/kinds.js";
import { check } from "../src/index.js";
import { loadSchema } from "../src/schema/schema-store.js";
import { validateValue } from "../src/schema/validators.js";
import { invalidFixtures, validFixtures } from "./fixture-cases.js";
import { hasUpstream, upstreamDir } from "./upstream-paths.js";

const { bundles } = schemaBundles(fileURLToPath(new URL("../schemas/src/", import.meta.url)));
const runtime = createAjv();
for (const kind of schemaKinds) runtime.addSchema(bundles.get(kind)!);

function bothValidators(kind: SchemaKind, value: unknown) {
  const compiled = runtime.getSchema(String(loadSchema(kind).$id))!;
  compiled(value);
  const strip = (errors: { instancePath: string; schemaPath: string; keyword: string }[]) =>
    errors.map(({ instancePath, schemaPath, keyword }) => ({ instancePath, schemaPath, keyword }));
  return { runtime: strip(compiled.errors ?? []), standalone: strip(validateValue(kind, value)) };
}

async function samples(): Promise<{ kind: SchemaKind; path: string }[]> {
  const out: { kind: SchemaKind; path: string }[] = [];
  const roots = ["fixtures/example", ...(hasUpstream ? [`${upstreamDir}26.0.0`, `${upstreamDir}2.1.0`] : [])];
  for (const root of roots) {
    const report = await check({ paths: [root] });
    for (const f of report.files)
      if (f.kind !== "unknown") out.push({ kind: f.kind, path: `${report.root}/${f.file}` });
  }
  for (const c of [...validFixtures(), ...invalidFixtures()])
    if (c.parses && c.kind !== "unknown") out.push({ kind: c.kind, path: c.path });
  return out;
}

describe("runtime-compiled and standalone validators", () => {
  it("compile every schema in ajv strict mode", () => {
    for (const kind of schemaKinds)
      expect(runtime.getSchema(String(loadSchema(kind).$id)), kind).toBeTypeOf("function");
  });

  it("agree on every sample, valid and invalid", async () => {
    const all = await samples();
    const kindsSeen = new Set(all.map((s) => s.kind));
    expect([...kindsSeen].sort()).toEqual([...schemaKinds].sort());
    let invalid = 0;
    for (const { kind, path } of all) {
      const { runtime: r, standalone: s } = bothValidators(kind, new JsonDocument(readFileSync(path, "utf8")).value);
      expect(s, path).toEqual(r);
      if (s.length > 0) invalid++;
    }
    expect(invalid).toBeGreaterThan(0);
  });
});
