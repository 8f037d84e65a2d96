// An on-disk cache of evaluated launch scripts, so a second check of an unchanged checkout never
// loads the bash grammar (WebAssembly) nor parses a script: most of its start-up. An evaluation
// depends only on the script's text (nothing is read from the environment or other files), so an
// entry is keyed by a hash of the bytes, the tool's version and build, the release and the V8
// version that serialised it: never stale. One file, written atomically (temp + rename); a cache
// that is missing, unreadable, corrupt or not writable is ignored, never an error.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ScriptEvaluation } from "./script/evaluate-script.js";

/** The default location under the root, as eslint's `--cache` puts its cache. */
export const DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "stepvideo-config");
const FILE = "script-evaluations.bin";
/** Bump when the layout of the file changes. */
const FORMAT = "stepvideo-config script cache 1";
/** Entries kept: enough for any checkout, bounded so a long-lived cache cannot grow forever. */
const MAX_ENTRIES = 2000;

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
  const prefix = [FORMAT, keyParts.version, keyParts.release, process.versions.v8, buildFingerprint(), ""].join("\0");
  const entries = readEntries(file);
  const used = new Map<string, ScriptEvaluation>();
  let added = false;
  const keyOf = (bytes: Uint8Array) => createHash("sha256").update(prefix).update(bytes).digest("hex");
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
      // Entries of this check first, then the older ones, up to the bound.
      const kept = new Map(used);
      for (const [key, value] of entries) if (kept.size < MAX_ENTRIES && !kept.has(key)) kept.set(key, value);
      writeAtomically(file, serialize([FORMAT, [...kept]]));
    },
  };
}

function readEntries(file: string): Map<string, ScriptEvaluation> {
  try {
    const [format, entries] = deserialize(readFileSync(file)) as [unknown, [string, ScriptEvaluation][]];
    if (format === FORMAT && Array.isArray(entries)) return new Map(entries);
  } catch {
    // Missing, unreadable or corrupt: an empty cache; the next save replaces the file.
  }
  return new Map();
}

function writeAtomically(file: string, data: Uint8Array): void {
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
    // the bundled CLI: the evaluator is in the chunks, rebuilt together with this file
  }
  for (const name of names) add(join(evaluator, name));
  return parts.join("\n");
}
