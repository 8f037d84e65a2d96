// `init vscode`: merges the schema entries into .vscode/settings.json without losing the user's
// settings or comments, idempotently, atomically; --remote adds the trusted domain it needs.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/errors.js";
import { initVscode } from "../src/init-vscode.js";

const settingsOf = (dir: string) =>
  parse(readFileSync(join(dir, ".vscode", "settings.json"), "utf8")) as Record<string, unknown>;

describe("init vscode", () => {
  it("creates .vscode/settings.json with workspace-relative node_modules schema paths", () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-vscode-"));
    const result = initVscode(dir);
    const schemas = settingsOf(dir)["json.schemas"] as { fileMatch: string[]; url: string }[];
    expect(result.added).toBe(schemas.length);
    expect(schemas).toContainEqual({
      fileMatch: ["**/stepvideo/**/*_model.json", "**/stepvideo/**/model_stepvideo*.json"],
      url: "./node_modules/stepvideo-config/schemas/model.schema.json",
    });
    expect(settingsOf(dir)["json.schemaDownload.trustedDomains"]).toBeUndefined();
  });

  it("keeps other settings, comments and the user's own schema entries; running twice changes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-vscode-"));
    mkdirSync(join(dir, ".vscode"));
    const original =
      '{\n  // my editor\n  "editor.tabSize": 4,\n  "json.schemas": [\n    { "fileMatch": ["my.json"], "url": "./my.schema.json" }\n  ]\n}\n';
    writeFileSync(join(dir, ".vscode", "settings.json"), original);
    initVscode(dir);
    const once = readFileSync(join(dir, ".vscode", "settings.json"), "utf8");
    expect(once).toContain("// my editor");
    expect(settingsOf(dir)["editor.tabSize"]).toBe(4);
    expect((settingsOf(dir)["json.schemas"] as { url: string }[])[0]).toEqual({
      fileMatch: ["my.json"],
      url: "./my.schema.json",
    });
    initVscode(dir);
    expect(readFileSync(join(dir, ".vscode", "settings.json"), "utf8")).toBe(once);
    expect(readdirSync(join(dir, ".vscode"))).toEqual(["settings.json"]);
  });

  it("--remote points at the published URLs and trusts their domain", () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-vscode-"));
    initVscode(dir, true);
    const settings = settingsOf(dir);
    expect(
      (settings["json.schemas"] as { url: string }[]).every((s) =>
        s.url.startsWith("https://unpkg.com/stepvideo-config@1/schemas/"),
      ),
    ).toBe(true);
    expect(settings["json.schemaDownload.trustedDomains"]).toEqual({ "https://unpkg.com/stepvideo-config@1/": true });
    initVscode(dir);
    expect(
      (settingsOf(dir)["json.schemas"] as { url: string }[]).every((s) => s.url.startsWith("./node_modules/")),
    ).toBe(true);
    expect(existsSync(join(dir, ".vscode", "settings.json"))).toBe(true);
  });
});

describe("init vscode keeps what the user has", () => {
  const workspace = (settings?: string) => {
    const dir = mkdtempSync(join(tmpdir(), "svc-vscode-"));
    if (settings !== undefined) {
      mkdirSync(join(dir, ".vscode"));
      writeFileSync(join(dir, ".vscode", "settings.json"), settings);
    }
    return dir;
  };
  const settingsPath = (dir: string) => join(dir, ".vscode", "settings.json");
  /** The UsageError message, after checking the file is unchanged and no temporary file is left. */
  const refusal = (dir: string, before?: string): string => {
    let message = "";
    try {
      initVscode(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      message = (error as Error).message;
    }
    expect(message).not.toBe("");
    if (before !== undefined) expect(readFileSync(settingsPath(dir), "utf8")).toBe(before);
    if (existsSync(join(dir, ".vscode")) && lstatSync(join(dir, ".vscode")).isDirectory())
      expect(readdirSync(join(dir, ".vscode")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    return message;
  };

  it("writes through a symlinked settings.json, keeping the link", () => {
    const dir = workspace();
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "settings.json"), '{ "editor.tabSize": 4 }\n');
    mkdirSync(join(dir, ".vscode"));
    symlinkSync("../shared/settings.json", settingsPath(dir));
    initVscode(dir);
    expect(lstatSync(settingsPath(dir)).isSymbolicLink()).toBe(true);
    const target = parse(readFileSync(join(dir, "shared", "settings.json"), "utf8")) as Record<string, unknown>;
    expect(target["editor.tabSize"]).toBe(4);
    expect((target["json.schemas"] as unknown[]).length).toBeGreaterThan(3);
    expect(readdirSync(join(dir, "shared"))).toEqual(["settings.json"]);
  });

  it("reads a BOM, an empty file and a comments-only file as VS Code does", () => {
    const bom = workspace('\ufeff{\n  "editor.tabSize": 4\n}\n');
    initVscode(bom);
    const text = readFileSync(settingsPath(bom), "utf8");
    expect(text.startsWith("\ufeff{")).toBe(true);
    expect(parse(text.slice(1))["editor.tabSize"]).toBe(4);
    for (const original of ["", "// my settings, later\n", "/* none yet */"]) {
      const dir = workspace(original);
      initVscode(dir);
      const written = readFileSync(settingsPath(dir), "utf8");
      expect(written.startsWith(original), JSON.stringify(original)).toBe(true);
      expect((settingsOf(dir)["json.schemas"] as unknown[]).length).toBeGreaterThan(3);
    }
  });

  it("refuses a json.schemas that is not a list, and a top level that is not an object, leaving the file alone", () => {
    const objectSchemas = '{ "json.schemas": { "url": "x" } }\n';
    expect(refusal(workspace(objectSchemas), objectSchemas)).toMatch(/"json\.schemas" in .* is an object, not a list/);
    expect(refusal(workspace("[]\n"), "[]\n")).toMatch(/holds an array, not an object of settings/);
    expect(refusal(workspace("{ oops }"), "{ oops }")).toMatch(/not valid JSON with comments/);
  });

  it("refuses a folder named settings.json, a .vscode file, a FIFO and a read-only file", () => {
    const folder = workspace();
    mkdirSync(join(folder, ".vscode", "settings.json"), { recursive: true });
    expect(refusal(folder)).toMatch(/is a folder, not a settings file/);

    const vscodeFile = workspace();
    writeFileSync(join(vscodeFile, ".vscode"), "not a folder");
    expect(refusal(vscodeFile)).toMatch(/\.vscode is not a folder/);
    expect(readFileSync(join(vscodeFile, ".vscode"), "utf8")).toBe("not a folder");

    const fifo = workspace();
    mkdirSync(join(fifo, ".vscode"));
    if (spawnSync("mkfifo", [settingsPath(fifo)]).status === 0)
      expect(refusal(fifo)).toMatch(/not a regular file \(a FIFO/); // would hang if the FIFO were opened

    const readOnly = workspace('{ "a": 1 }\n');
    chmodSync(settingsPath(readOnly), 0o444);
    expect(refusal(readOnly, '{ "a": 1 }\n')).toMatch(/is read-only/);
  });

  it("is reported by the CLI as `stepvideo-config: <message>` with exit code 2", () => {
    const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
    const dir = workspace();
    writeFileSync(join(dir, ".vscode"), "");
    const run = spawnSync(process.execPath, [cli, "init", "vscode"], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^stepvideo-config: .*\.vscode is not a folder/);
  });

  it("reports an immutable file as a usage error and leaves no temporary file", () => {
    const dir = workspace('{ "a": 1 }\n');
    if (spawnSync("chattr", ["+i", settingsPath(dir)]).status !== 0) return; // no chattr or no permission here
    try {
      expect(refusal(dir, '{ "a": 1 }\n')).toMatch(/Cannot write .*settings\.json: EPERM/);
    } finally {
      spawnSync("chattr", ["-i", settingsPath(dir)]);
    }
  });
});
