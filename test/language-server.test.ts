// Proof with the real binary: vscode-json-language-server (vscode-langservers-extracted 4.10, the
// server VS Code, Neovim's jsonls and Helix run) over stdio, configured with the json.schemas
// entries `init neovim` / `init helix` write, flags the README's typo'd use_additonal_conditions
// in a nested model file at its line, and nothing but dead keys' deprecations in the upstream
// 26.0.0 files.

import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaEntries } from "../src/init/schema-entries.js";
import { TestClient } from "./lsp-client.js";
import { filesUnder, hasUpstream, skipReason, upstreamDir } from "./upstream-paths.js";

const server = createRequire(import.meta.url).resolve("vscode-langservers-extracted/bin/vscode-json-language-server");
const settings = {
  json: { validate: { enable: true }, schemas: schemaEntries().map((e) => ({ fileMatch: e.fileMatch, url: e.uri })) },
};
/** The language service's ErrorCode.Deprecated, which the server passes on as the diagnostic's code. */
const DEPRECATED = 2;
const deprecation = (d: { code?: number | string }) => d.code === DEPRECATED;

if (!hasUpstream) console.warn(skipReason);

describe.skipIf(!hasUpstream)("vscode-json-language-server over stdio with the init settings", () => {
  const dir = `${upstreamDir}26.0.0`;
  let child: ChildProcess;
  let client: TestClient;

  beforeAll(async () => {
    child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    client = await TestClient.connect(child.stdout!, child.stdin!, dir);
    await client.configure(settings);
  });
  afterAll(async () => {
    await client?.shutdown();
    client?.dispose();
    child?.kill();
  });

  it("flags the typo'd use_additonal_conditions in predictor at its line", async () => {
    // An edited copy of the pretraining model file, open under a name of its own beside it.
    const source = `${dir}/examples/stepvideo/t2v/pretrain_t2v_model.json`;
    const path = `${dir}/examples/stepvideo/t2v/edited_t2v_model.json`;
    const text = readFileSync(source, "utf8").replace('"use_additional_conditions"', '"use_additonal_conditions"');
    const uri = await client.open(path, text);
    const found = await client.diagnostics(uri, (d) => d.some((x) => x.message.includes("not allowed")));
    const line = text.split("\n").findIndex((l) => l.includes("use_additonal_conditions"));
    expect(found.filter((d) => !deprecation(d)).map((d) => [d.range.start.line, d.message])).toEqual([
      [line, "Property use_additonal_conditions is not allowed."],
    ]);
  });

  it("flags nothing but dead keys, each with its reason, in every upstream 26.0.0 config", async () => {
    const files = filesUnder(dir, ".json");
    expect(files.length).toBe(13);
    let dead = 0;
    for (const path of files) {
      // Published once the schema is loaded; a file without dead keys publishes an empty list.
      const found = await client.diagnostics(await client.open(path, readFileSync(path, "utf8")), () => true);
      for (const d of found) {
        expect(deprecation(d), `${path}: ${d.message}`).toBe(true);
        expect(d.message, path).toMatch(/^Not read by MindSpeed-MM\./);
        dead++;
      }
    }
    expect(dead).toBeGreaterThan(0);
  });
});
