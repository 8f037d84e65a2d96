// The language server over the protocol, in process: diagnostics of file rules on an open config,
// run rules re-checked from an unsaved launch script, cleared again when the edit is undone,
// hover from the schemas and the rules, and the quick fix for `48.0`.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver/node";
import { TestClient } from "./lsp-client.js";
import { exampleCopy } from "./overlay-tree.js";

const T2V = "examples/stepvideo/t2v";
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const has = (id: string) => (ds: Diagnostic[]) => codes(ds).includes(id);
const lacks = (id: string) => (ds: Diagnostic[]) => !codes(ds).includes(id);

let client: TestClient | undefined;
afterEach(() => client?.dispose());

/** A copy of the example tree and its t2v pretrain model file with `num_layers` written 48.0. */
function tree() {
  const root = exampleCopy("svc-lsp-");
  const modelPath = join(root, T2V, "pretrain_t2v_model.json");
  const scriptPath = join(root, T2V, "pretrain_t2v.sh");
  const model = readFileSync(modelPath, "utf8").replace('"num_layers": 48,', '"num_layers": 48.0,');
  return { root, modelPath, scriptPath, model, script: readFileSync(scriptPath, "utf8") };
}

describe("stepvideo-config language server", () => {
  it("reports a file rule at its line, with the rule id, docs link and source", async () => {
    const t = tree();
    client = await TestClient.start(t.root);
    const uri = await client.open(t.modelPath, t.model); // unsaved: the file on disk says 48
    const [d] = (await client.diagnostics(uri, has("integer-token"))).filter((x) => x.code === "integer-token");
    const line = t.model.split("\n").findIndex((l) => l.includes("48.0"));
    expect(d).toMatchObject({
      source: "stepvideo-config",
      severity: 1,
      range: { start: { line, character: t.model.split("\n")[line]!.indexOf("48.0") } },
    });
    expect(d?.codeDescription?.href).toMatch(/^file:.*\/docs\/rules\/integer-token\.md$/);
    expect(d?.message).toContain("Write 48"); // the hint travels in the message
  });

  it("re-checks the model file from an unsaved edit of TP in its launch script, and clears it again", async () => {
    const t = tree();
    client = await TestClient.start(t.root);
    const modelUri = await client.open(t.modelPath, t.model);
    const scriptUri = await client.open(t.scriptPath, t.script);
    await client.diagnostics(modelUri, has("integer-token"));
    expect(codes(client.latest.get(modelUri) ?? [])).not.toContain("heads-divisible-by-tp-cp");

    await client.change(scriptUri, t.script.replace(/^TP=4$/m, "TP=8").replace(/^CP=2$/m, "CP=4"));
    const after = await client.diagnostics(modelUri, has("heads-divisible-by-tp-cp"));
    const heads = after.find((d) => d.code === "heads-divisible-by-tp-cp");
    const headsLine = t.model.split("\n").findIndex((l) => l.includes('"num_heads"'));
    expect(heads?.range.start.line).toBe(headsLine);
    // related locations point into the script, where TP and CP are set
    expect(heads?.relatedInformation?.map((r) => r.location.uri)).toContain(scriptUri);
    expect(codes(after)).toContain("integer-token"); // file rules still there
    expect(codes(await client.diagnostics(scriptUri, has("world-size-divisible")))).toContain("world-size-divisible");

    await client.change(scriptUri, t.script);
    await client.diagnostics(modelUri, lacks("heads-divisible-by-tp-cp"));
    await client.diagnostics(scriptUri, (ds) => ds.length === 0);
  });

  it("checks the files an open script's runs name, not open themselves, with their file rules", async () => {
    const t = tree();
    writeFileSync(t.modelPath, t.model); // 48.0 on disk; only the script is open
    client = await TestClient.start(t.root);
    const scriptUri = await client.open(t.scriptPath, t.script.replace(/^TP=4$/m, "TP=8").replace(/^CP=2$/m, "CP=4"));
    const modelUri = pathToFileURL(t.modelPath).href;
    const both = (ds: Diagnostic[]) => has("integer-token")(ds) && has("heads-divisible-by-tp-cp")(ds);
    await client.diagnostics(modelUri, both);
    await client.change(scriptUri, t.script);
    const after = await client.diagnostics(modelUri, lacks("heads-divisible-by-tp-cp"));
    expect(codes(after)).toEqual(["integer-token"]);
    // closed, the script names nothing: the model file's diagnostics are cleared
    await client.close(scriptUri);
    await client.diagnostics(modelUri, (ds) => ds.length === 0);
  });

  it("hovers a key with its schema description and a diagnostic with its rule", async () => {
    const t = tree();
    client = await TestClient.start(t.root);
    const uri = await client.open(t.modelPath, t.model);
    const [d] = (await client.diagnostics(uri, has("integer-token"))).filter((x) => x.code === "integer-token");
    const { line, character } = d!.range.start;
    const onValue = await client.hover(uri, line, character + 1);
    const text = (onValue?.contents as { value: string } | undefined)?.value;
    expect(text).toContain("**integer-token**");
    expect(text).toContain("`predictor.num_layers`:");
  });

  it.each([
    { ruleId: "integer-token", from: '"num_layers": 48,', to: '"num_layers": 48.0,', newText: "48" },
    { ruleId: "dtype-value", from: '"dtype": "bf16"', to: '"dtype": "bfloat16"', newText: '"bf16"' },
  ])("offers the $ruleId fix as a quick fix writing $newText over the flagged token", async (c) => {
    const t = tree();
    client = await TestClient.start(t.root);
    const model = readFileSync(t.modelPath, "utf8").replace(c.from, c.to);
    const uri = await client.open(t.modelPath, model);
    const [d] = (await client.diagnostics(uri, has(c.ruleId))).filter((x) => x.code === c.ruleId);
    const actions = await client.codeActions(uri, d!.range);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: "quickfix", isPreferred: true });
    const edits = actions[0]!.edit?.changes?.[uri];
    expect(edits).toEqual([{ range: { start: d!.range.start, end: d!.range.end }, newText: c.newText }]);
    // once the buffer has changed, the fix's offsets no longer apply: no stale action
    await client.change(uri, model.replace("\n", "\n\n"));
    expect(await client.codeActions(uri, d!.range)).toEqual([]);
  });

  it("runs as `stepvideo-config lsp --stdio` from the bundled bin, and exits 0 after shutdown", async () => {
    const t = tree();
    const cli = fileURLToPath(new URL("../dist/bin/cli.cjs", import.meta.url));
    const server = spawn(process.execPath, [cli, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const exited = new Promise((resolve) => server.on("exit", resolve));
    client = await TestClient.connect(server.stdout, server.stdin, t.root);
    expect(client.capabilities?.capabilities).toMatchObject({
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix"] },
    });
    const uri = await client.open(t.scriptPath, t.script.replace(/^CP=2$/m, "CP=16"));
    await client.diagnostics(uri, has("world-size-divisible")); // the bash parser's chunk loads from the bundle
    await client.shutdown();
    expect(await exited).toBe(0);
  });
});
