// schemas/catalog.json (SchemaStore format): every shipped schema listed by its $id, and the
// fileMatch patterns match every upstream config of every release with the schema of its kind.
import { readFileSync } from "node:fs";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { check, schemaIds, schemaKinds } from "../src/index.js";
import { hasUpstream, releaseTrees, skipReason } from "./upstream-paths.js";

const catalog = JSON.parse(readFileSync(new URL("../schemas/catalog.json", import.meta.url), "utf8")) as {
  schemas: { name: string; url: string; fileMatch: string[] }[];
};

describe("schemas/catalog.json", () => {
  it("lists every schema by its $id, with directory-anchored patterns only", () => {
    expect(catalog.schemas.map((s) => s.url).sort()).toEqual(schemaKinds.map((k) => schemaIds[k]).sort());
    for (const s of catalog.schemas) for (const p of s.fileMatch) expect(p, s.name).toMatch(/\//);
  });

  it("ships an offline twin, schemas/catalog.local.json, whose urls are the schema files beside it", () => {
    const localUrl = new URL("../schemas/catalog.local.json", import.meta.url);
    const local = JSON.parse(readFileSync(localUrl, "utf8")) as typeof catalog;
    expect(local.schemas.map(({ url: _, ...rest }) => rest)).toEqual(
      catalog.schemas.map(({ url: _, ...rest }) => rest),
    );
    for (const [i, s] of local.schemas.entries()) {
      const schema = JSON.parse(readFileSync(new URL(s.url, localUrl), "utf8")) as { $id: string };
      expect(schema.$id, s.url).toBe(catalog.schemas[i]!.url);
    }
  });

  if (!hasUpstream) console.warn(skipReason);
  it.skipIf(!hasUpstream)("matches every upstream JSON config with the schema of its kind", async () => {
    for (const tree of releaseTrees()) {
      const report = await check({ paths: [tree.dir] });
      for (const entry of report.files) {
        const urls = catalog.schemas
          .filter((s) => fg.sync(s.fileMatch, { cwd: tree.dir }).includes(entry.file))
          .map((s) => s.url);
        expect(urls, `${tree.name}/${entry.file}`).toContain(schemaIds[entry.kind as keyof typeof schemaIds]);
      }
    }
  });
});
