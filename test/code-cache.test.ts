// The installed CLI compiles its bundle and the generated validators with V8's code cache
// (src/cli-code-cache.ts): the first run writes an entry per file under NODE_COMPILE_CACHE, later
// runs print the same report, a corrupt entry is rejected by V8 and replaced, never an error, and a
// rebuilt file gets an entry of its own. Timing lives in bench/.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exampleCopy } from "./overlay-tree.js";

const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
const root = exampleCopy("svc-code-cache-");
const cache = mkdtempSync(join(tmpdir(), "svc-compile-cache-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

function check(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", "--no-cache"], {
    cwd: root,
    env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the code cache of the bundled CLI", () => {
  const entries = () => readdirSync(join(cache, "stepvideo-config"));

  it("writes an entry on the first run and prints the same report from it", () => {
    const uncached = check({ NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(readdirSync(cache)).toEqual([]);
    const first = check();
    // dist/bin/stepvideo-config.cjs at least (this run evaluates scripts: files loaded after the
    // grammar's flag change get entries named by the flag, see below)
    expect(entries().length).toBeGreaterThanOrEqual(1);
    for (const entry of entries()) expect(entry).toMatch(/\.bin$/);
    expect(check()).toEqual(first);
    expect(first).toEqual(uncached);
    expect(first.status).toBe(0);
  });

  it("replaces a corrupt entry without a word", () => {
    for (const entry of entries()) {
      const file = join(cache, "stepvideo-config", entry);
      const good = readFileSync(file);
      writeFileSync(file, "not V8 code cache data");
      const run = check();
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout).summary.errors).toBe(0);
      // Rewritten from the run (its size varies a little with what V8 compiled lazily).
      expect(readFileSync(file).length).toBeGreaterThan(good.length / 2);
    }
  });
});

/**
 * "true" when a fresh node process accepts the cache entry for one of the sources: with Node's own
 * flags, or after setting `flags` as the CLI does before it loads the bash grammar.
 */
function acceptedBy(entry: string, sources: string[], flags = ""): string {
  const probe = `const { Script } = require("node:vm"); const fs = require("node:fs");
    if (process.argv[1]) require("node:v8").setFlagsFromString(process.argv[1]);
    const data = fs.readFileSync(process.argv[2]);
    const ok = process.argv.slice(3).some((f) => !new Script(fs.readFileSync(f, "utf8"), { filename: f, cachedData: data }).cachedDataRejected);
    process.stdout.write(String(ok));`;
  // "--": node would take a flag after the script as its own option
  return spawnSync(process.execPath, ["-e", probe, "--", flags, entry, ...sources], { encoding: "utf8" }).stdout;
}

describe("the code cache under the CLI's V8 flag", () => {
  // A check that evaluates a launch script sets --liftoff-only (cli-bin.ts), and V8 rejects code
  // cache made under other flags. The entries of files loaded before the change are written then
  // (partial, with Node's own flags); those of files loaded after it (the grammar's runtime, the
  // validators of files the script names) at exit, under a name of their own, with the flag.
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const sources = ["bin", "grammar"].flatMap((folder) =>
    readdirSync(join(dist, folder))
      .filter((name) => name.endsWith(".cjs"))
      .map((name) => join(dist, folder, name)),
  );
  const accepted = (entry: string, flags = "") => acceptedBy(entry, sources, flags);

  it("writes entries a later run accepts, completing those made before the change at the end", () => {
    const own = mkdtempSync(join(tmpdir(), "svc-compile-cache-flags-"));
    try {
      const folder = join(own, "stepvideo-config");
      // One shape of command line for all three runs (each shape has entries of its own): a script
      // cache of their own, empty for the first two, so that those evaluate the script.
      const run = (scriptCache: string) =>
        spawnSync(
          process.execPath,
          [cli, "check", "examples/stepvideo/t2v/pretrain_t2v.sh", "--cache-location", join(own, scriptCache)],
          {
            cwd: root,
            env: { ...process.env, NODE_COMPILE_CACHE: own },
            encoding: "utf8",
          },
        ).status;
      const contents = () => new Map(readdirSync(folder).map((entry) => [entry, readFileSync(join(folder, entry))]));
      expect(run("first")).toBe(0); // evaluates the script: the grammar loads, the flag changes
      const first = contents();
      const names = [...first.keys()];
      // Written partial at the change, completed at the end with Node's own flags set back.
      for (const entry of names) expect(entry).not.toMatch(/\.partial\.bin$/);
      const plain = names.filter((entry) => accepted(join(folder, entry)) === "true");
      const flagged = names.filter((entry) => !plain.includes(entry));
      expect(plain.length).toBeGreaterThanOrEqual(1); // the bundle at least
      expect(flagged.length).toBeGreaterThanOrEqual(2); // the grammar's runtime and a validator at least
      for (const entry of plain) expect(accepted(join(folder, entry), "--liftoff-only"), entry).toBe("false");
      for (const entry of flagged) expect(accepted(join(folder, entry), "--liftoff-only"), entry).toBe("true");
      expect(run("second")).toBe(0); // evaluates again (a script cache of its own): accepts every entry
      expect(contents()).toEqual(first); // a rejected or partial entry would have been written again
      expect(run("second")).toBe(0); // every script cached, no flag change
      const last = contents();
      for (const entry of names) expect(last.get(entry), entry).toEqual(first.get(entry));
      // The validators, loaded before no change now, get entries with Node's own flags.
      const added = [...last.keys()].filter((entry) => !first.has(entry));
      expect(added.length).toBeGreaterThanOrEqual(1);
      for (const entry of added) expect(accepted(join(folder, entry)), entry).toBe("true");
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("leaves an entry partial when setting the flags back does not restore V8's", () => {
    // The module itself (the build's dist/cli-code-cache.js), on a one-function file, in a fresh
    // process: the undo V8 11 and 12 need (cli-bin.ts), then one that restores nothing.
    const own = mkdtempSync(join(tmpdir(), "svc-compile-cache-undo-"));
    try {
      const module = join(own, "answer.cjs");
      writeFileSync(module, "(function (exports) { exports.answer = function () { return 42; }; })");
      const probe = `import { setFlagsFromString } from "node:v8";
        import { pathToFileURL } from "node:url";
        const { loadWithCodeCache, beforeFlagChange } = await import(${JSON.stringify(new URL("../dist/cli-code-cache.js", import.meta.url).href)});
        const { answer } = loadWithCodeCache(pathToFileURL(process.argv[1]));
        beforeFlagChange("--liftoff-only", () => setFlagsFromString(process.argv[2]));
        setFlagsFromString("--liftoff-only");
        process.stdout.write(String(answer()));`;
      const entries = (undo: string, folder: string) => {
        const result = spawnSync(process.execPath, ["--input-type=module", "-e", probe, "--", module, undo], {
          env: { ...process.env, NODE_COMPILE_CACHE: join(own, folder) },
          encoding: "utf8",
        });
        expect(result.stderr + result.stdout).toBe("42");
        return readdirSync(join(own, folder, "stepvideo-config"));
      };
      const [complete] = entries("--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering", "restored");
      expect(complete).not.toMatch(/\.partial\.bin$/);
      expect(acceptedBy(join(own, "restored", "stepvideo-config", complete!), [module])).toBe("true");
      expect(entries("--no-liftoff-only", "not-restored")).toEqual([complete!.replace(/\.bin$/, ".partial.bin")]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe("the generated validators, one file per kind", () => {
  it("are loaded for the kinds a check validates only", () => {
    const own = mkdtempSync(join(tmpdir(), "svc-compile-cache-kinds-"));
    const lone = mkdtempSync(join(tmpdir(), "svc-lone-data-"));
    try {
      cpSync(join(root, "examples/stepvideo/t2v/data_static_resolution.json"), join(lone, "data.json"));
      const result = spawnSync(process.execPath, [cli, "check", "data.json"], {
        cwd: lone,
        env: { ...process.env, NODE_COMPILE_CACHE: own },
        encoding: "utf8",
      });
      expect(result.status).toBe(0);
      const folder = join(own, "stepvideo-config");
      const entries = readdirSync(folder);
      expect(entries).toHaveLength(2); // the bundle and validators-data.cjs
      const dataValidators = fileURLToPath(new URL("../dist/bin/validators-data.cjs", import.meta.url));
      const fits = entries.map((entry) => acceptedBy(join(folder, entry), [dataValidators]));
      expect(fits.sort()).toEqual(["false", "true"]);
    } finally {
      rmSync(own, { recursive: true, force: true });
      rmSync(lone, { recursive: true, force: true });
    }
  });
});

describe("the code cache's entry names", () => {
  it("give a command line of another shape an entry of its own, so the first run does not decide it", () => {
    const own = mkdtempSync(join(tmpdir(), "svc-compile-cache-shapes-"));
    try {
      const folder = join(own, "stepvideo-config");
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [cli, ...args], {
          cwd: root,
          env: { ...process.env, NODE_COMPILE_CACHE: own },
          encoding: "utf8",
        }).status;
      const sizes = () =>
        new Map(readdirSync(folder).map((entry) => [entry, readFileSync(join(folder, entry)).length]));
      expect(run("--version")).toBe(0);
      const version = sizes();
      expect(version.size).toBe(1); // the bundle's, holding what --version compiled
      const model = "examples/stepvideo/t2v/pretrain_t2v_model.json";
      expect(run("check", model, "--no-cache")).toBe(0);
      const afterCheck = sizes();
      const added = [...afterCheck.keys()].filter((entry) => !version.has(entry));
      // the bundle's for this shape, and the model validators' (the check evaluates a script: some
      // of the entries are named by the grammar's flag)
      expect(added.length).toBeGreaterThanOrEqual(2);
      const [versionEntry, versionSize] = [...version][0]!;
      expect(afterCheck.get(versionEntry)).toBe(versionSize); // kept as it was
      expect(Math.max(...added.map((entry) => afterCheck.get(entry)!))).toBeGreaterThan(versionSize * 1.2);
      // Another file of the same kind: the same shape, every entry found and none written again.
      expect(run("check", "examples/stepvideo/t2v/posttrain_t2v_model.json", "--no-cache")).toBe(0);
      expect(sizes()).toEqual(afterCheck);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("give a rebuilt file (a new modification time) an entry of its own", () => {
    const install = mkdtempSync(join(tmpdir(), "svc-code-cache-install-"));
    const own = mkdtempSync(join(tmpdir(), "svc-compile-cache-own-"));
    try {
      for (const part of ["dist/bin", "dist/grammar", "schemas", "package.json"])
        cpSync(fileURLToPath(new URL(`../${part}`, import.meta.url)), join(install, part), { recursive: true });
      symlinkSync(fileURLToPath(new URL("../node_modules", import.meta.url)), join(install, "node_modules"));
      const run = () =>
        spawnSync(process.execPath, [join(install, "dist/bin/cli.cjs"), "check", ".", "--no-cache"], {
          cwd: root,
          env: { ...process.env, NODE_COMPILE_CACHE: own },
          encoding: "utf8",
        });
      const names = () => readdirSync(join(own, "stepvideo-config")).sort();
      expect(run().status).toBe(0);
      const before = names();
      expect(before.length).toBeGreaterThanOrEqual(1);
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(install, "dist/bin/stepvideo-config.cjs"), later, later);
      expect(run().status).toBe(0);
      const after = names();
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
    } finally {
      rmSync(install, { recursive: true, force: true });
      rmSync(own, { recursive: true, force: true });
    }
  });
});
