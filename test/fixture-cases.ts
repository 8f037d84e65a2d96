// The project's own fixture files, SchemaStore style: fixtures/valid/<kind>/*.json must be free
// of errors and warnings; fixtures/invalid/<kind>/<place>.<problem>.json hold one violation each,
// listed in fixtures/invalid/<kind>/expected.json as { ruleId, messageId, pointer, line } (and their
// mends, the fixed twins, in mends.json: test/text-mends.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JsonDocument } from "../src/document/json-document.js";
import type { SchemaKind } from "../src/generated/kinds.js";

/** The tables beside the fixtures of an invalid kind, which are no fixtures themselves. */
const TABLES = new Set(["expected.json", "mends.json"]);

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

interface Expected {
  ruleId: string;
  messageId: string;
  pointer: string;
  line: number;
}

export interface FixtureCase {
  /** "unknown": files that are no StepVideo config, checked as a user naming them would. */
  kind: SchemaKind | "unknown";
  name: string;
  path: string;
  parses: boolean;
  expected: Expected[];
}

function casesIn(group: "valid" | "invalid"): FixtureCase[] {
  const base = join(fixturesDir, group);
  if (!existsSync(base)) return [];
  const out: FixtureCase[] = [];
  for (const kind of readdirSync(base).sort() as FixtureCase["kind"][]) {
    const dir = join(base, kind);
    const expectations =
      group === "invalid"
        ? (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected[]>)
        : {};
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".json") || TABLES.has(name)) continue;
      const path = join(dir, name);
      out.push({
        kind,
        name,
        path,
        parses: new JsonDocument(readFileSync(path)).ok,
        expected: expectations[name] ?? [],
      });
    }
  }
  return out;
}

export const validFixtures = () => casesIn("valid");
export const invalidFixtures = () => casesIn("invalid");
