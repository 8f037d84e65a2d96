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
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { hash, readEntry, rmQuietly, writeAtomically } from "./code-cache-files.js";

type Wrapper = (exports: object, require: NodeJS.Require, module: object, importMetaUrl: string) => void;

/**
 * Entries still to write, shared by every copy of this module in the process (the bin's and the
 * bundle's), written when the run ends: the functions it ran are compiled by then and go into the
 * cache too. (A dataset-scan worker never gets there: its process emits no beforeExit.)
 * V8 stamps code cache with a hash of its flags and rejects data made under other flags, and the
 * CLI sets a flag when the bash grammar loads (cli-bin.ts). The entries of files loaded before the
 * change are written then, as partial ones (beforeFlagChange); at the end of the run the flags are
 * set back and those entries completed, when a probe's code cache shows, byte for byte, that V8
 * stamps Node's own flags again (which flags a flag implies differs between V8 versions). A file
 * loaded after the change has an entry of its own, named by the flags set: a later run that sets
 * them before it loads that file (the grammar's runtime, the validators of files a script names)
 * accepts it.
 */
interface Pending {
  /** The V8 flags set when the file loaded: they name its entry. */
  flags: string;
  /**
   * Writes the entry; `partial`: made at a flag change, before the run ended, and completed at its
   * end when the flags can be set back (writePending), else by a later run that sets none.
   */
  write(partial: boolean): void;
}
interface Registry {
  pending: Pending[];
  /** The V8 flags this process set (beforeFlagChange), "" for Node's own. */
  flags: string;
  /** From the first flag change: how to set Node's own flags back, and the probe made under them. */
  restore?: { undo: () => void; probe: Buffer };
  exitHook: boolean;
}
const shared = globalThis as Record<symbol, Registry | undefined>;
// Numbered: a copy of another build of this module in the process keeps a registry of its own.
const key = Symbol.for("stepvideo-config.code-cache.2");
shared[key] ??= { pending: [], flags: "", exitHook: false };
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
    flags,
    write(early) {
      // An accepted partial entry is as good as one made now under the same changed flags.
      if (early && found && !script.cachedDataRejected) return;
      writeAtomically(folder, early ? partial : full, script.createCachedData());
      rmQuietly(early ? full : partial); // a rejected full entry would be read before the partial one
    },
  };
  registry.pending.push(entry);
  if (!registry.exitHook) {
    registry.exitHook = true;
    process.once("beforeExit", writePending);
  }
  return module.exports;
}

/**
 * Call before setting V8 `flags` (the CLI's, when the bash grammar loads), with a function that
 * sets Node's own back: the entries this run owes are written now, as partial ones, completed at
 * the end of the run if `undo` restores V8's flags; files loaded from now on get entries of their
 * own, named by the flags.
 */
export function beforeFlagChange(flags: string, undo: () => void): void {
  for (const entry of registry.pending) if (entry.flags === registry.flags) entry.write(true);
  if (registry.flags === "") registry.restore = { undo, probe: probeData() };
  registry.flags = `${registry.flags} ${flags}`.trim();
}

function writePending(): void {
  const { pending, restore } = registry;
  registry.pending = [];
  for (const entry of pending) if (entry.flags === registry.flags) entry.write(false);
  const before = pending.filter((entry) => entry.flags === "" && registry.flags !== "");
  if (before.length === 0 || !restore) return;
  restore.undo();
  if (!probeData().equals(restore.probe)) return; // the partial entries wait for a run that sets no flag
  registry.flags = "";
  for (const entry of before) entry.write(false);
}

/** Code cache of a one-statement script: its bytes differ exactly when V8 stamps other flags. */
function probeData(): Buffer {
  return new Script("0;", { filename: "stepvideo-config-flags-probe" }).createCachedData();
}
