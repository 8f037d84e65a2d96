// What the installed bin loads of Node for a check of named files: start-up is most of a pre-commit
// check's time, so the bin writes by file descriptor (src/cli/fd-output.ts), reads stdin only for
// --stdin, is CommonJS (an ES module entry builds a facade of node:fs that loads every stream
// class), loads V8's flags module only to set the bash grammar's tier, when a script is parsed, and
// reads through synchronous calls (no fs.promises).
// Timing itself lives in bench/cli-startup.js.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { exampleCopy } from "./overlay-tree.js";

const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
const root = exampleCopy("svc-bin-builtins-");
const dir = mkdtempSync(join(tmpdir(), "svc-bin-builtins-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** The built-in modules the process loaded, recorded at exit by a preloaded script. */
function builtinsLoaded(args: string[], input?: string): { status: number | null; builtins: string[] } {
  const record = join(dir, "loaded.json");
  const preload = join(dir, "record-builtins.cjs");
  writeFileSync(
    preload,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));`,
  );
  const result = spawnSync(process.execPath, ["--require", preload, cli, ...args], {
    cwd: root,
    input,
    stdio: "pipe",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const list = JSON.parse(readFileSync(record, "utf8")) as string[];
  const builtins = list.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice("NativeModule ".length));
  return { status: result.status, builtins };
}

const three = [
  "examples/stepvideo/t2v/pretrain_t2v_model.json",
  "examples/stepvideo/t2v/data_static_resolution.json",
  "mindspeed_mm/tools/tools.json",
];

it("checks three named files through pipes, warm, without node:net, node:tty, node:v8 or the stream classes", () => {
  // The first run parses the launch scripts, and sets V8's tier for the grammar (node:v8) first.
  expect(builtinsLoaded(["check", ...three]).builtins).toContain("v8");
  const { status, builtins } = builtinsLoaded(["check", ...three]); // every script from the cache
  expect(status).toBe(0);
  for (const name of ["net", "tty", "v8", "stream", "internal/fs/streams"]) expect(builtins).not.toContain(name);
});

// fs.promises (with readline and the watchers it loads) took milliseconds of every check: the
// files a check selects and reads, and the launch scripts it looks for, go through synchronous calls.
it("checks named files and the whole tree, warm, without fs.promises", () => {
  for (const args of [
    ["check", ...three],
    ["check", "."],
  ]) {
    builtinsLoaded(args); // fills the script cache
    const { status, builtins } = builtinsLoaded(args);
    expect(status).toBe(0);
    expect(builtins, args.join(" ")).not.toContain("internal/fs/promises");
  }
});

it("still reads standard input when asked to (--stdin)", () => {
  const tools = readFileSync(join(root, three[2]!), "utf8");
  const { status, builtins } = builtinsLoaded(["check", "--stdin", "--stdin-filename", three[2]!], tools);
  expect(status).toBe(0);
  expect(builtins).toContain("net"); // the stdin pipe is a socket
});

it("prints package.json's version, which the build writes into the bundle", () => {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const result = spawnSync(process.execPath, [cli, "--version"], { encoding: "utf8" });
  expect([result.status, result.stdout]).toEqual([0, `${version}\n`]);
  expect(readFileSync(new URL("../dist/bin/stepvideo-config.cjs", import.meta.url), "utf8")).not.toContain(
    "__PACKAGE_VERSION__",
  );
});
