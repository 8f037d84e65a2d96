// Node 20 has no compile cache for ES modules, and compiling our code was most of a check's
// start-up. The installed package runs from CommonJS bundles (dist/bin/stepvideo-config.cjs and
// dist/bin/validators.cjs, written by scripts/bundle-cli.mjs), compiled here through vm.Script with
// V8's code cache, kept where Node 22 keeps its own
// (NODE_COMPILE_CACHE, else <tmpdir>/node-compile-cache; NODE_DISABLE_COMPILE_CACHE turns it off).
// An entry is named by a hash of the file's path, size and modification time and the V8 version
// (hashing the 650 kB source in JavaScript took about a tenth of a warm start), and V8 rejects one
// that does not fit its source; a missing, rejected or unwritable cache only costs the compile.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

type Wrapper = (exports: object, require: NodeJS.Require, module: object, importMetaUrl: string) => void;

/** The exports of the CommonJS file at `url`, compiled with the code cache when there is one. */
export function loadWithCodeCache(url: URL): Record<string, unknown> {
  const file = fileURLToPath(url);
  const { size, mtimeMs } = statSync(file); // before the read: a file replaced between them misses
  const source = readFileSync(file, "utf8");
  const disabled = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
  const folder = join(process.env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), "stepvideo-config");
  const cacheFile = join(folder, `${process.versions.v8}-${hash(`${file}\0${size}\0${mtimeMs}`)}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = disabled ? undefined : readFileSync(cacheFile);
  } catch {
    // no entry yet
  }
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as Wrapper)(module.exports, createRequire(url), module, url.href);
  if (!disabled && (!cachedData || script.cachedDataRejected))
    // After the check: the functions it ran are compiled by then, and go into the cache too. (A
    // dataset-scan worker never gets there: its process emits no beforeExit.)
    process.once("beforeExit", () => writeAtomically(folder, cacheFile, script.createCachedData()));
  return module.exports;
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
