// The editors and the CLI see the same keys as unknown: over every fixture, the example tree and
// every upstream release and fork tree, the keys VS Code's JSON language service flags as "not allowed" under
// the shipped (closed) schemas are exactly those the CLI reports as unknown-key (or reserved-key,
// which it reports instead), checked for the newest release so no release table intervenes.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { getLanguageService, type LanguageService } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { type SchemaKind, schemaKinds } from "../src/generated/kinds.js";
import { RELEASES } from "../src/generated/releases.js";
import { check, validateText } from "../src/index.js";
import { invalidFixtures, validFixtures } from "./fixture-cases.js";
import { hasUpstream, releaseTrees } from "./upstream-paths.js";

const newest = RELEASES[RELEASES.length - 1]!;

/** One language service per kind, its schema applied to every document it is given. */
const services = new Map<SchemaKind, LanguageService>(
  schemaKinds.map((kind) => {
    const service = getLanguageService({
      schemaRequestService: async (uri) => readFileSync(new URL(uri), "utf8"),
    });
    const uri = new URL(`../schemas/${kind}.schema.json`, import.meta.url).href;
    service.configure({ validate: true, schemas: [{ uri, fileMatch: ["*"] }] });
    return [kind, service];
  }),
);

async function editorUnknownLines(kind: SchemaKind, path: string, text: string): Promise<number[]> {
  const service = services.get(kind)!;
  const doc = TextDocument.create(pathToFileURL(path).href, "json", 1, text);
  const found = await service.doValidation(doc, service.parseJSONDocument(doc));
  return found
    .filter((d) => /^Property .+ is not allowed\.$/.test(String(d.message)))
    .map((d) => d.range.start.line + 1)
    .sort((a, b) => a - b);
}

function cliUnknownLines(kind: SchemaKind, path: string, text: string): number[] {
  return validateText(kind, text, path, {}, newest)
    .filter((d) => d.ruleId === "unknown-key" || d.ruleId === "reserved-key")
    .map((d) => d.line)
    .sort((a, b) => a - b);
}

async function samples(): Promise<{ kind: SchemaKind; path: string }[]> {
  const out = [...validFixtures(), ...invalidFixtures()]
    .filter((c) => c.parses && c.kind !== "unknown")
    .map((c) => ({ kind: c.kind as SchemaKind, path: c.path }));
  for (const root of ["fixtures/example", ...(hasUpstream ? releaseTrees().map((t) => t.dir) : [])]) {
    const report = await check({ paths: [root] });
    for (const f of report.files)
      if (f.kind !== "unknown") out.push({ kind: f.kind as SchemaKind, path: `${report.root}/${f.file}` });
  }
  return out;
}

describe("unknown keys in editors and in the CLI", () => {
  it("are the same keys, on the same lines, in every sample", async () => {
    const all = await samples();
    let flagged = 0;
    for (const { kind, path } of all) {
      const text = readFileSync(path, "utf8");
      const cli = cliUnknownLines(kind, path, text);
      expect(await editorUnknownLines(kind, path, text), path).toEqual(cli);
      flagged += cli.length;
    }
    expect(flagged).toBeGreaterThan(0);
  });
});
