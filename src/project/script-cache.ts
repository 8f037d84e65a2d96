// An on-disk cache of evaluated launch scripts, so a second check of an unchanged checkout never
// loads the bash grammar (WebAssembly) nor parses a script: most of its start-up. An evaluation
// depends only on the script's text (nothing is read from the environment or other files), so an
// entry is keyed by the tool's version and build, the release and the script's bytes themselves
// (exact, and no hash module to load at start-up): never stale. One JSON file, written atomically
// (temp + rename); a cache that is missing, unreadable, corrupt or not writable is ignored.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ScriptEvaluation } from "./script/evaluate-script.js";

/** The default location under the root, as eslint's `--cache` puts its cache. */
export const DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "stepvideo-config");
const FILE = "script-evaluations.json";
/** Bump when the layout of the file changes. */
const FORMAT = "stepvideo-config script cache 2";
/** Entries kept: enough for any checkout, bounded so a long-lived cache cannot grow forever. */
const MAX_ENTRIES = 500;

export interface ScriptCache {
  get(bytes: Uint8Array): ScriptEvaluation | undefined;
  set(bytes: Uint8Array, evaluation: ScriptEvaluation): void;
  /** Writes the entries if anything was added; never throws. */
  save(): void;
}

/**
 * The cache in the folder `location` (relative to `cwd`), or in the default folder under the root
 * when `location` is true. Undefined when caching is off.
 */
export function openScriptCache(
  location: boolean | string | undefined,
  where: { root: string; cwd: string },
  keyParts: { version: string; release: string },
): ScriptCache | undefined {
  if (!location) return undefined;
  const folder = location === true ? join(where.root, DEFAULT_CACHE_LOCATION) : resolve(where.cwd, location);
  const file = join(folder, FILE);
  const build = buildFingerprint();
  const prefix = [keyParts.version, keyParts.release, build, ""].join("\0");
  // Entries of another version or build can never match again (an upgrade, a rebuild); those of
  // another release can, when the user switches back.
  const thisBuild = (key: string) => {
    const [version, , fingerprint] = key.split("\0", 3);
    return version === keyParts.version && fingerprint === build;
  };
  const entries = readEntries(file);
  const used = new Map<string, ScriptEvaluation>();
  let added = false;
  // Latin-1 maps each byte to one character: the key holds the bytes exactly, whatever the encoding.
  const keyOf = (bytes: Uint8Array) =>
    prefix + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return {
    get(bytes) {
      const key = keyOf(bytes);
      const found = used.get(key) ?? entries.get(key);
      if (found) used.set(key, found);
      return found;
    },
    set(bytes, evaluation) {
      used.set(keyOf(bytes), evaluation);
      added = true;
    },
    save() {
      if (!added) return;
      // Entries of this check first, then the older ones of this build, up to the bound.
      const kept = new Map(used);
      for (const [key, value] of entries)
        if (kept.size < MAX_ENTRIES && !kept.has(key) && thisBuild(key)) kept.set(key, value);
      const stored = [...kept].map(([key, e]) => [key, { ...e, vars: [...e.vars], exports: [...e.exports] }]);
      writeAtomically(file, JSON.stringify([FORMAT, stored]));
    },
  };
}

type Stored = Omit<ScriptEvaluation, "vars" | "exports"> & {
  vars: [string, ScriptValue][];
  exports: [string, ScriptValue][];
};
type ScriptValue = ScriptEvaluation["vars"] extends Map<string, infer V> ? V : never;

function readEntries(file: string): Map<string, ScriptEvaluation> {
  const entries = new Map<string, ScriptEvaluation>();
  try {
    const [format, stored] = JSON.parse(readFileSync(file, "utf8")) as [unknown, [string, Stored][]];
    if (format !== FORMAT || !Array.isArray(stored)) return entries;
    for (const [key, e] of stored) entries.set(key, { ...e, vars: revive(e.vars), exports: revive(e.exports) });
  } catch {
    // Missing, unreadable or corrupt: an empty cache; the next save replaces the file.
    entries.clear();
  }
  return entries;
}

/** JSON drops an unknown value's `value: undefined`; the evaluation has it (before `reason`). */
function revive(values: [string, ScriptValue][]): Map<string, ScriptValue> {
  return new Map(values.map(([name, { line, column, value, ...rest }]) => [name, { line, column, value, ...rest }]));
}

function writeAtomically(file: string, data: string): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // Not writable (a read-only checkout, a file in the way): the check runs uncached.
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * Size and modification time of this module's file and of the evaluator's sources beside it
 * (src/ or dist/; the bundled CLI has one file per build): a rebuilt or edited tool misses.
 */
function buildFingerprint(): string {
  const here = fileURLToPath(import.meta.url);
  const parts: string[] = [];
  const add = (path: string) => {
    try {
      const info = statSync(path);
      parts.push(`${path}:${info.size}:${info.mtimeMs}`);
    } catch {
      // gone between listing and stat: nothing to add
    }
  };
  add(here);
  const evaluator = join(dirname(here), "script");
  let names: string[] = [];
  try {
    names = readdirSync(evaluator).sort();
  } catch {
    // the bundled CLI: the evaluator is in the bundle, rebuilt together with this file
  }
  for (const name of names) add(join(evaluator, name));
  return parts.join("\n");
}
