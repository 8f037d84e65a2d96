// Proof in the editor's own engine: the JSON language service VS Code runs loads the shipped
// schemas through the offline catalog's fileMatch patterns; every upstream 26.0.0 config validates
// without error, injected mistakes are flagged on the right line, and hovers show descriptions.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DiagnosticSeverity, ErrorCode, getLanguageService, type JSONDocument } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { filesUnder, hasUpstream, skipReason, upstreamDir } from "./upstream-paths.js";

// The offline catalog shipped in the package: each url relative to the catalog file itself.
const catalogUrl = new URL("../schemas/catalog.local.json", import.meta.url);
const catalog = JSON.parse(readFileSync(catalogUrl, "utf8")) as {
  schemas: { url: string; fileMatch: string[] }[];
};

const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), "utf8"),
});
service.configure({
  validate: true,
  allowComments: false,
  schemas: catalog.schemas
    .filter((s) => s.fileMatch.length)
    .map((s) => ({ uri: new URL(s.url, catalogUrl).href, fileMatch: s.fileMatch })),
});

async function diagnose(path: string, text: string) {
  const doc = TextDocument.create(pathToFileURL(path).href, "json", 1, text);
  const json = service.parseJSONDocument(doc) as JSONDocument;
  const diagnostics = await service.doValidation(doc, json, { schemaValidation: "error" });
  const deprecations = diagnostics.filter((d) => d.code === ErrorCode.Deprecated);
  const others = diagnostics.filter((d) => !deprecations.includes(d));
  return {
    doc,
    json,
    errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error),
    others,
    deprecations,
  };
}

const lineOf = (t: string, needle: string) => t.split("\n").findIndex((l) => l.includes(needle));

if (!hasUpstream) console.warn(skipReason);

describe.skipIf(!hasUpstream)("VS Code's JSON language service with schemas/catalog.local.json", () => {
  const dir = `${upstreamDir}26.0.0`;
  const model = `${dir}/examples/stepvideo/t2v/pretrain_t2v_model.json`;
  const data = `${dir}/examples/stepvideo/t2v/data_static_resolution.json`;

  it("matches and validates every upstream 26.0.0 config without error", async () => {
    const files = filesUnder(dir, ".json");
    expect(files.length).toBe(13);
    for (const path of files) {
      const doc = TextDocument.create(pathToFileURL(path).href, "json", 1, readFileSync(path, "utf8"));
      expect(
        await service.getMatchingSchemas(doc, service.parseJSONDocument(doc)).then((m) => m.length),
        path,
      ).toBeGreaterThan(0);
      expect((await diagnose(path, readFileSync(path, "utf8"))).errors, path).toEqual([]);
    }
  });

  it("flags nothing but the dead keys' deprecations in any upstream 26.0.0 config", async () => {
    for (const path of filesUnder(dir, ".json")) {
      const { others, deprecations } = await diagnose(path, readFileSync(path, "utf8"));
      expect(others, path).toEqual([]);
      for (const d of deprecations) expect(d.message, path).toMatch(/^Not read by MindSpeed-MM\./);
    }
  });

  it("flags the README's typo'd use_additonal_conditions in predictor at its line", async () => {
    const text = readFileSync(model, "utf8").replace('"use_additional_conditions"', '"use_additonal_conditions"');
    const { errors } = await diagnose(model, text);
    expect(errors.map((d) => [d.range.start.line, d.message])).toEqual([
      [lineOf(text, "use_additonal_conditions"), "Property use_additonal_conditions is not allowed."],
    ]);
  });

  it("flags a typo'd key at its line in each object of model and data files, the top level included", async () => {
    const inference = `${dir}/examples/stepvideo/t2v/inference_t2v_model.json`;
    const cases: [string, string, string][] = [
      [model, '"norm_eps"', '"norm_epsilon"'],
      [model, '"enable_encoder_dp"', '"enable_encoder_pd"'],
      [model, '"shift"', '"shfit"'],
      [model, '"z_channels"', '"z_channel"'],
      [inference, '"guidance_scale"', '"guidance_scal"'],
      [data, '"skip_define_frame_index"', '"skip_define_frame_idx"'],
      [data, '"shuffle"', '"shufle"'],
    ];
    for (const [path, from, to] of cases) {
      const text = readFileSync(path, "utf8");
      expect(text, `${path} has ${from}`).toContain(from);
      const typo = text.replace(from, to);
      const { errors } = await diagnose(path, typo);
      expect(
        errors.map((d) => d.range.start.line),
        `${to} in ${path}`,
      ).toEqual([lineOf(typo, to)]);
    }
  });

  it("says why a dead key does nothing instead of a bare 'Value is deprecated'", async () => {
    const text = readFileSync(data, "utf8");
    const { deprecations } = await diagnose(data, text);
    const dead = deprecations.find((d) => d.range.start.line === lineOf(text, '"skip_define_frame_index"'));
    expect(dead?.message).toBe("Not read by MindSpeed-MM. Upstream data files carry it; no release reads it.");
  });

  it("flags a wrong enum, a wrong type and a missing required key on the right line", async () => {
    const text = readFileSync(model, "utf8");
    const badEnum = text.replace('"dtype": "bf16"', '"dtype": "bfloat16"');
    expect((await diagnose(model, badEnum)).errors.map((d) => d.range.start.line)).toContain(
      lineOf(badEnum, '"bfloat16"'),
    );
    const badType = text.replace('"num_heads": 48', '"num_heads": "48"');
    expect((await diagnose(model, badType)).errors.map((d) => d.range.start.line)).toContain(
      lineOf(badType, '"num_heads": "48"'),
    );
    const missing = text.replace('"num_heads": 48,', "");
    const errors = (await diagnose(model, missing)).errors;
    expect(
      errors.some((d) => /num_heads/.test(String(d.message)) && d.range.start.line === lineOf(missing, '"predictor"')),
    ).toBe(true);
  });

  it("shows a key's description on hover", async () => {
    const text = readFileSync(model, "utf8");
    const { doc, json } = await diagnose(model, text);
    const line = text.split("\n").findIndex((l) => l.includes('"num_heads"'));
    const hover = await service.doHover(
      doc,
      { line, character: text.split("\n")[line]!.indexOf("num_heads") + 2 },
      json,
    );
    expect(JSON.stringify(hover?.contents)).toMatch(/Attention heads; must be divisible by TP/);
  });
});
