// `init vscode`: merges the schema entries into .vscode/settings.json without losing the user's
// settings or comments, idempotently, atomically; --remote adds the trusted domain it needs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { describe, expect, it } from "vitest";
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
