// `init neovim|helix|jetbrains`: each editor gets the catalog's patterns mapped to the schemas in
// this package by paths that resolve from any nested file (absolute file:// URIs for the
// vscode-json-language-server editors, project-relative paths for JetBrains); those mappings,
// loaded into VS Code's JSON language service, flag the README's typo at its line; existing
// project files are never overwritten.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { getLanguageService } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { main } from "../src/cli.js";
import { schemaEntries } from "../src/init/schema-entries.js";

const catalog = JSON.parse(readFileSync(new URL("../schemas/catalog.json", import.meta.url), "utf8")) as {
  schemas: { name: string; fileMatch: string[] }[];
};
const example = fileURLToPath(new URL("../fixtures/example/", import.meta.url));

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr };
}

describe("init for other editors", () => {
  it("maps every catalog entry to an existing schema file by absolute URI", () => {
    const entries = schemaEntries();
    expect(entries.map((e) => [e.name, e.fileMatch])).toEqual(
      catalog.schemas.filter((s) => s.fileMatch.length > 0).map((s) => [s.name, s.fileMatch]),
    );
    for (const e of entries) {
      expect(e.uri).toBe(pathToFileURL(e.path).href);
      expect(JSON.parse(readFileSync(e.path, "utf8")).$id).toMatch(/^https:\/\/unpkg\.com\/stepvideo-config@1\//);
    }
  });

  it("gives mappings under which a typo'd predictor key in a nested file is flagged at its line", async () => {
    const service = getLanguageService({
      schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), "utf8"),
    });
    service.configure({
      validate: true,
      schemas: schemaEntries().map((e) => ({ uri: e.uri, fileMatch: e.fileMatch })),
    });
    const path = join(example, "examples/stepvideo/t2v/pretrain_t2v_model.json");
    const text = readFileSync(path, "utf8").replace('"use_additional_conditions"', '"use_additonal_conditions"');
    const doc = TextDocument.create(pathToFileURL(path).href, "json", 1, text);
    const found = await service.doValidation(doc, service.parseJSONDocument(doc));
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual([
      [
        text.split("\n").findIndex((l) => l.includes("use_additonal_conditions")),
        "Property use_additonal_conditions is not allowed.",
      ],
    ]);
  });

  it("neovim prints jsonls settings with every entry, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-nvim-"));
    const { status, stdout } = await run(["init", "neovim"], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('vim.lsp.config("jsonls", {');
    for (const e of schemaEntries())
      expect(stdout).toContain(
        `{ fileMatch = { ${e.fileMatch.map((p) => JSON.stringify(p)).join(", ")} }, url = ${JSON.stringify(e.uri)} }`,
      );
  });

  it("helix creates .helix/languages.toml with absolute URIs, and refuses to overwrite it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-helix-"));
    const first = await run(["init", "helix"], dir);
    expect(first.status).toBe(0);
    const file = join(dir, ".helix", "languages.toml");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("[language-server.vscode-json-language-server.config.json]");
    for (const e of schemaEntries()) expect(text).toContain(`url = ${JSON.stringify(e.uri)}`);
    const second = await run(["init", "helix"], dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`${file} exists; init does not overwrite it`);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("jetbrains creates .idea/jsonSchemas.xml with project-relative schema paths, keeping a user's file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "svc-idea-"));
    expect((await run(["init", "jetbrains"], dir)).status).toBe(0);
    const xml = readFileSync(join(dir, ".idea", "jsonSchemas.xml"), "utf8");
    for (const e of schemaEntries()) {
      const relative = /name="relativePathToSchema" value="([^"]+)"/g;
      const paths = [...xml.matchAll(relative)].map((m) => resolve(dir, m[1]!));
      expect(paths).toContain(e.path);
      for (const p of e.fileMatch.filter((p) => !p.startsWith("!"))) expect(xml).toContain(`name="path" value="${p}"`);
    }
    expect(xml).not.toContain('value="!');
    const mine = join(mkdtempSync(join(tmpdir(), "svc-idea-")), ".idea");
    mkdirSync(mine);
    writeFileSync(join(mine, "jsonSchemas.xml"), "<project/>\n");
    expect((await run(["init", "jetbrains"], dirname(mine))).status).toBe(2);
    expect(readFileSync(join(mine, "jsonSchemas.xml"), "utf8")).toBe("<project/>\n");
  });

  it("names the supported editors for an unknown one", async () => {
    const { status, stderr } = await run(["init", "emacs"], tmpdir());
    expect(status).toBe(2);
    expect(stderr).toContain("init supports vscode [--remote], neovim, helix or jetbrains");
  });
});
