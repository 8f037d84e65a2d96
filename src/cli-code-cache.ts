// Node 20 has no compile cache for ES modules, and compiling our code was most of a check's
// start-up. The installed package runs from CommonJS bundles (dist/bin/stepvideo-config.cjs and
// the dist/bin/validators-<kind>.cjs files, written by scripts/bundle-cli.mjs), compiled here
// through vm.Script with V8's code cache, kept where Node 22 keeps its own (NODE_COMPILE_CACHE,
// else <tmpdir>/node-compile-cache; NODE_DISABLE_COMPILE_CACHE turns it off).
// An entry is named by a hash of the file's path, size and modification time, the caller's variant
// (the bin's: the shape of its command line, cli/argv-shape.ts) and the V8 version (hashing the
// 650 kB source in JavaScript took about a tenth of a warm start), and V8 rejects one
// that does not fit its source or was made under other V8 flags; a missing, rejected or
// unwritable cache only costs the compile.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

type Wrapper = (exports: object, require: NodeJS.Require, module: object, importMetaUrl: string) => void;

/**
 * Entries still to write, shared by every copy of this module in the process (the bin's and the
 * bundle's). V8 rejects code cache made under other flags than its own at the time (it works the
 * flags' hash out again when one changes), and the CLI changes a flag when the bash grammar loads:
 * the entries of files loaded before the change are written then (beforeFlagChange), and an entry
 * of a file loaded after it is named by the flags set: a later run that sets them before it loads
 * that file (the grammar's runtime, the validators of files a script names) accepts it.
 */
interface Pending {
  /** Writes the entry; `partial`: made before the run ended, to be completed by a later run. */
  write(partial: boolean): void;
}
interface Registry {
  pending: Pending[];
  /** The V8 flags this process set (beforeFlagChange), "" for Node's own. */
  flags: string;
}
const shared = globalThis as Record<symbol, Registry | undefined>;
const key = Symbol.for("stepvideo-config.code-cache");
shared[key] ??= { pending: [], flags: "" };
const registry: Registry = shared[key];

/**
 * The exports of the CommonJS file at `url`, compiled with the code cache when there is one.
 * `variant`: runs that compile different parts of the file keep entries of their own (an entry
 * holds what the run that wrote it had compiled, and is not written again once accepted).
 */
export function loadWithCodeCache(url: URL, variant = ""): Record<string, unknown> {
  const file = fileURLToPath(url);
  const { size, mtimeMs } = statSync(file); // before the read: a file replaced between them misses
  const source = readFileSync(file, "utf8");
  const disabled = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
  const folder = join(process.env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), "stepvideo-config");
  const flags = registry.flags;
  const name = `${process.versions.v8}-${hash(`${file}\0${size}\0${mtimeMs}\0${flags}\0${variant}`)}`;
  const full = join(folder, `${name}.bin`);
  const partial = join(folder, `${name}.partial.bin`);
  const found = disabled ? undefined : (readEntry(full, false) ?? readEntry(partial, true));
  const script = new Script(source, { filename: file, ...(found ? { cachedData: found.data } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as Wrapper)(module.exports, createRequire(url), module, url.href);
  if (disabled || (found && !found.partial && !script.cachedDataRejected)) return module.exports;
  const entry: Pending = {
    write(early) {
      registry.pending = registry.pending.filter((p) => p !== entry);
      // An accepted partial entry is as good as one made now under the same changed flags.
      if (early && found && !script.cachedDataRejected) return;
      writeAtomically(folder, early ? partial : full, script.createCachedData());
      rmQuietly(early ? full : partial); // a rejected full entry would be read before the partial one
    },
  };
  registry.pending.push(entry);
  // After the check: the functions it ran are compiled by then, and go into the cache too. (A
  // dataset-scan worker never gets there: its process emits no beforeExit.)
  process.once("beforeExit", () => {
    if (registry.flags === flags && registry.pending.includes(entry)) entry.write(false);
  });
  return module.exports;
}

/**
 * Call before setting V8 `flags` (the CLI's, when the bash grammar loads): the entries this run
 * owes are written now, as partial ones a later run completes; files loaded from now on get
 * entries of their own, named by the flags.
 */
export function beforeFlagChange(flags: string): void {
  for (const entry of [...registry.pending]) entry.write(true);
  registry.flags = `${registry.flags} ${flags}`.trim();
}

function readEntry(file: string, partial: boolean): { data: Buffer; partial: boolean } | undefined {
  try {
    return { data: readFileSync(file), partial };
  } catch {
    return undefined; // no entry yet
  }
}

function rmQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // a later run retries
  }
}

function writeAtomically(folder: string, file: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch {
    // not writable: the next start compiles again
  }
}

/** cyrb53: a fast 53-bit string hash (the cache entry's name, not a security measure). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
