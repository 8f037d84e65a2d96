// The packed tarball as users get it: installed into a project with no access to the source tree,
// imported from ESM, required from CommonJS (Node >= 20.19), type-checked from TypeScript, its
// schemas resolvable by subpath, launch scripts parsed by the grammar it ships; publint and
// arethetypeswrong pass; nothing but what users need, under 8 MiB of node_modules installed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packTarball, project } from "./packed-tarball.js";

const bin = (name: string) => join(project, "node_modules", ".bin", name);
let tarball = "";
let consumer = "";

const run = (cmd: string, args: string[], cwd: string) => {
  const result = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

beforeAll(() => {
  tarball = packTarball();
  consumer = mkdtempSync(join(tmpdir(), "svc-consumer-"));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], consumer);
}, 240_000);

describe("the packed package", () => {
  it("holds only what users need", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    expect(
      files.some(
        (f) =>
          f.startsWith("package/test/") ||
          f.startsWith("package/src/") ||
          f.startsWith("package/bench/") ||
          f.startsWith("package/fixtures/invalid"),
      ),
    ).toBe(false);
    expect(files).toContain("package/dist/bin/cli.cjs");
    expect(files).toContain("package/dist/bin/index.js");
    expect(files).toContain("package/dist/bin/stepvideo-config.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    // The bash parser travels inside the package; the library's code only once (in the bundle).
    expect(files).toContain("package/dist/grammar/tree-sitter-bash.wasm");
    expect(files).toContain("package/dist/grammar/web-tree-sitter.cjs");
    expect(files).toContain("package/dist/grammar/tree-sitter.wasm");
    expect(files).not.toContain("package/dist/index.js");
    expect(files).toContain("package/schemas/model.schema.json");
    expect(files).toContain("package/schemas/catalog.json");
    console.log(`tarball ${statSync(tarball).size} bytes, ${files.length} files`);
  });

  it("imports from ESM and requires from CommonJS", () => {
    const esm = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "import { check, schemaIds } from 'stepvideo-config'; " +
          "const r = await check({ paths: ['node_modules/stepvideo-config/fixtures/example'] }); " +
          "console.log(r.summary.errors, r.summary.runs, schemaIds.model);",
      ],
      consumer,
    );
    expect(esm.trim()).toBe("0 7 https://unpkg.com/stepvideo-config@1/schemas/model.schema.json");
    const cjs = run(
      process.execPath,
      [
        "-e",
        "const { validate } = require('stepvideo-config'); console.log(validate('tools', { sorafeature: { save_path: 'x' } }).length)",
      ],
      consumer,
    );
    expect(cjs.trim().split("\n").pop()).toBe("0");
  });

  it("installs no tree-sitter package, runs no install script and stays under 10 MiB (as du counts it)", () => {
    const modules = join(consumer, "node_modules");
    // npm 11 flags any of these in a dependency, even prepare, which it never runs there.
    const { scripts } = JSON.parse(readFileSync(join(modules, "stepvideo-config", "package.json"), "utf8"));
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(scripts).not.toHaveProperty(hook);
    for (const name of ["tree-sitter-bash", "web-tree-sitter", "node-addon-api", "node-gyp-build"])
      expect(existsSync(join(modules, name)), name).toBe(false);
    const diskUsage = (path: string): number => {
      const stat = lstatSync(path);
      const own = stat.blocks * 512;
      return stat.isDirectory() ? readdirSync(path).reduce((sum, e) => sum + diskUsage(join(path, e)), own) : own;
    };
    const bytes = diskUsage(modules);
    console.log(`consumer node_modules: ${(bytes / 2 ** 20).toFixed(1)} MiB on disk`);
    // 8.5 MiB: the bash grammar ships unzipped (1.4 MB; it was 0.2 MB gzipped, and unzipping it
    // cost every check that parses a script about 5 ms).
    expect(bytes).toBeLessThan(10 * 2 ** 20);
  });

  it("parses a launch script with the grammar it ships", () => {
    writeFileSync(join(consumer, "launch.sh"), "#!/bin/bash\nTP=8\nif [ $TP -gt 1 ]; then\n  echo stepvideo\n");
    const out = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "import { check } from 'stepvideo-config'; const r = await check({ paths: ['launch.sh'] }); " +
          "console.log(JSON.stringify(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.file, d.line])));",
      ],
      consumer,
    );
    // The `if` on line 3 has no `fi`: only a parsed tree can tell.
    expect(JSON.parse(out)).toEqual([["script-syntax", "syntax", "launch.sh", 3]]);
  });

  it("resolves the schemas by subpath and runs its bin", () => {
    const resolved = run(
      process.execPath,
      ["-e", "console.log(require.resolve('stepvideo-config/schemas/model.schema.json'))"],
      consumer,
    );
    expect(resolved.trim()).toMatch(/node_modules\/stepvideo-config\/schemas\/model\.schema\.json$/);
    expect(
      run(
        join(consumer, "node_modules", ".bin", "stepvideo-config"),
        ["check", "node_modules/stepvideo-config/fixtures/example"],
        consumer,
      ),
    ).toMatch(/No problems .* in 13 files and 7 runs/);
  });

  it("type-checks a TypeScript consumer of check() and the generated config types", () => {
    writeFileSync(
      join(consumer, "consumer.ts"),
      [
        'import { check, type Diagnostic, type ModelConfig, type PretrainModelConfig, type ToolsConfig } from "stepvideo-config";',
        'const tools: ToolsConfig = { sorafeature: { save_path: "./features" } };',
        "const model: PretrainModelConfig = { load_video_features: true, load_text_features: true,",
        '  predictor: { model_id: "stepvideodit", num_layers: 48, num_heads: 48 },',
        '  diffusion: { model_id: "flow_match_discrete_scheduler" } };',
        "const any: ModelConfig = model;",
        'const report = await check({ paths: ["."], rules: { "dead-key": "off" } });',
        "const first: Diagnostic | undefined = report.diagnostics[0];",
        "export { tools, any, first };",
      ].join("\n"),
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }),
    );
    run(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "."], consumer);
  });

  it("passes publint and arethetypeswrong (require(esm) is supported from Node 20.19, the engines floor)", () => {
    run(bin("publint"), [tarball], project);
    run(bin("attw"), [tarball, "--ignore-rules", "cjs-resolves-to-esm"], project);
  });
});
