// Differential test: our accept/reject verdict on a file's bytes equals what MindSpeed-MM gets
// from Python (open() as UTF-8, then json.loads), on every prefix of real configs, seeded byte
// mutations and hand-picked edge cases. One python3 process judges each batch.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JsonDocument } from "../src/document/json-document.js";
import { fixturesDir } from "./fixture-cases.js";
import { seededRandom } from "./seeded-random.js";

// json.loads is called from a function at module level, as shallow as CPython allows, so the
// nesting limit is the one our parser mirrors (MAX_NESTING).
const JUDGE = `
import base64, io, json, sys
def verdict(data):
    try:
        json.loads(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read())
        return True
    except (ValueError, RecursionError):
        return False
out = []
for item in json.load(sys.stdin):
    out.append(verdict(base64.b64decode(item)))
print(json.dumps(out))
`;

const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
const hasPython = !python.error && python.status === 0;
if (!hasPython) console.warn("python-parity: skipped, python3 is not available on this machine");

function pythonVerdicts(inputs: Uint8Array[]): boolean[] {
  const run = spawnSync("python3", ["-c", JUDGE], {
    input: JSON.stringify(inputs.map((b) => Buffer.from(b).toString("base64"))),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}

/** Inputs on which our verdict differs from Python's, shown for the failure message. */
function disagreements(inputs: Uint8Array[], theirs = pythonVerdicts(inputs)): string[] {
  const out: string[] = [];
  inputs.forEach((bytes, i) => {
    const ours = new JsonDocument(bytes).ok;
    if (ours !== theirs[i]) {
      const shown = Buffer.from(bytes.subarray(-80)).toString("latin1");
      out.push(`python ${theirs[i] ? "accepts" : "rejects"} (${bytes.length} bytes, ending ${JSON.stringify(shown)})`);
    }
  });
  return out;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // A script cache (node_modules/.cache) left by running the CLI on the example is not a config.
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : jsonFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

const upstream = join(fixturesDir, "../../shared/upstream/26.0.0/examples/stepvideo/t2v");
const sources = [
  ...jsonFiles(join(fixturesDir, "example")),
  ...["pretrain_t2v_model.json", "data_static_resolution.json"]
    .map((name) => join(upstream, name))
    .filter((path) => existsSync(path)),
].map((path) => new Uint8Array(readFileSync(path)));

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

// Bytes that matter to a JSON or UTF-8 reader: structure, escapes, literals' letters, control
// characters, and every kind of UTF-8 lead and continuation byte, valid or not.
const PALETTE = [
  ...utf8(" \t\n\r\"',:[]{}-+.eE019NaIy/*\\ubtfl"),
  0x00,
  0x08,
  0x0b,
  0x0c,
  0x1f,
  0x7f,
  0x80,
  0xa0,
  0xbb,
  0xbf,
  0xc0,
  0xc3,
  0xe2,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xf5,
  0xff,
];
const SEQUENCES = [
  utf8("é"),
  utf8("€"),
  utf8("😀"),
  utf8("\u00a0"),
  utf8("\u2028"),
  bytes(0xef, 0xbb, 0xbf),
  bytes(0xed, 0xa0, 0x80),
  bytes(0xc0, 0xaf),
  bytes(0xf0, 0x9f),
  utf8("NaN"),
  utf8("-Infinity"),
  utf8("\\ud800"),
];

function mutations(source: Uint8Array, count: number, next: () => number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const at = Math.floor(next() * (source.length + 1));
    const pick = next();
    const insert =
      next() < 0.25
        ? SEQUENCES[Math.floor(next() * SEQUENCES.length)]!
        : bytes(next() < 0.85 ? PALETTE[Math.floor(next() * PALETTE.length)]! : Math.floor(next() * 256));
    if (pick < 0.4) out.push(concat(source.subarray(0, at), insert, source.subarray(at)));
    else if (pick < 0.7) out.push(concat(source.subarray(0, at), source.subarray(at + 1)));
    else out.push(concat(source.subarray(0, at), insert, source.subarray(at + 1)));
  }
  return out;
}

const nested = (depth: number, open: string, close: string, inner = "1") =>
  utf8(open.repeat(depth) + inner + close.repeat(depth));

const HAND_CASES: Uint8Array[] = [
  ...["-Infinityfalse", "[-Infinityfalse]", "NaNx", '{"a": NaN1}', "[Infinity]", "[-Infinity, NaN]", "-NaN"].map(utf8),
  ...["[truex]", "nullnull", "[1true]", "- Infinity", "-", "[-]", "1e999", "-0", "01", "1.", ".5", "+1"].map(utf8),
  ...[400, 900, 990, 993, 994, 995, 1100].flatMap((d) => [nested(d, "[", "]"), nested(d, '{"a":', "}")]),
  ...[4300, 4301].flatMap((n) => [utf8("1".repeat(n)), utf8(`[-${"9".repeat(n)}]`), utf8(`${"1".repeat(n)}.5`)]),
  ...['"\\ud800"', '"\\udc00\\ud800"', '["\\uD83D\\uDE00"]', '"\\u12"', '"\\x41"', '"a\tb"', '"\u007f"'].map(utf8),
  ...["[1,]", '{"a": 1,}', "{'a': 1}", "['a']", "\ufeff{}", "{}\ufeff", "NaN", "Infinity", "[NaN]"].map(utf8),
  ...["", " ", "\t\r\n{}\r\n", "{}\u000c", "\u000b{}", "{} x", "[1 2]", '{"a" 1}', "// c\n{}", "{} /* c */"].map(utf8),
  bytes(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d), // {"a":"é"} in Latin-1
  bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d),
  bytes(0x22, 0xed, 0xa0, 0x80, 0x22),
  bytes(0x22, 0xf4, 0x90, 0x80, 0x80, 0x22),
  bytes(0x22, 0xf0, 0x9f, 0x98, 0x22),
];

describe.skipIf(!hasPython)("JSON verdicts equal Python's open() + json.loads", () => {
  it("on every prefix of the example configs (and of two upstream files)", () => {
    const prefixes = sources.flatMap((s) => Array.from({ length: s.length + 1 }, (_, n) => s.subarray(0, n)));
    expect(prefixes.length).toBeGreaterThan(10_000);
    expect(disagreements(prefixes).slice(0, 5)).toEqual([]);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds

  it("on seeded byte mutations: insert, delete, replace, invalid UTF-8 and non-ASCII", () => {
    const next = seededRandom(20_240_610);
    const inputs = sources.flatMap((s) => mutations(s, 250, next));
    const theirs = pythonVerdicts(inputs);
    // The sample must exercise both verdicts, or it proves nothing.
    expect(theirs.filter(Boolean).length).toBeGreaterThan(inputs.length / 10);
    expect(theirs.filter((v) => !v).length).toBeGreaterThan(inputs.length / 10);
    expect(disagreements(inputs, theirs).slice(0, 5)).toEqual([]);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds

  it("on hand cases: glued literals, nesting depth, 4300-digit integers, surrogates, BOM, encodings", () => {
    expect(disagreements(HAND_CASES)).toEqual([]);
  }, 60_000); // generous: the machine may be busy; the test itself takes a few seconds
});
