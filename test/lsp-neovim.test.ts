// A real editor as the client: Neovim (Debian's, 0.7+) headless, its built-in LSP client running
// `node dist/bin/cli.cjs lsp` (test/lsp-neovim.lua). On a broken copy of the example tree it sees
// file and run diagnostics, run diagnostics follow an unsaved edit of the launch script, and the
// quick fix turns 48.0 into 48; upstream files stay free of errors. Skipped, with the reason
// printed, where nvim is absent.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exampleCopy } from "./overlay-tree.js";
import { hasUpstream, upstreamDir } from "./upstream-paths.js";

const project = fileURLToPath(new URL("..", import.meta.url));
const hasNvim = spawnSync("nvim", ["--version"]).status === 0;
if (!hasNvim) console.warn("Neovim LSP test skipped: nvim is not installed (Debian package `neovim`)");

interface Seen {
  code: string;
  lnum: number;
  severity: number;
  source: string;
}
interface Output {
  error: string | null;
  steps: { step: string; ok: boolean }[];
  model_before: Seen[];
  model_after: Seen[];
  script_after: Seen[];
  script_modified: boolean;
  actions: string[];
  fixed_line: string;
  upstream?: Record<string, Seen[]>;
}

const T2V = "examples/stepvideo/t2v";

describe.skipIf(!hasNvim)("Neovim's LSP client", () => {
  it("shows file and run diagnostics, follows an unsaved script edit and applies the 48.0 fix", () => {
    const tree = exampleCopy("svc-nvim-");
    const model = join(tree, T2V, "pretrain_t2v_model.json");
    writeFileSync(model, readFileSync(model, "utf8").replace('"num_layers": 48,', '"num_layers": 48.0,'));
    const script = readFileSync(join(tree, T2V, "pretrain_t2v.sh"), "utf8");
    const outFile = join(mkdtempSync(join(tmpdir(), "svc-nvim-out-")), "out.json");
    const started = Date.now();
    const nvim = spawnSync("nvim", ["--headless", "--clean", "-c", `luafile ${join(project, "test/lsp-neovim.lua")}`], {
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        SVC_CMD: JSON.stringify([process.execPath, join(project, "dist/bin/cli.cjs"), "lsp", "--stdio"]),
        SVC_TREE: tree,
        SVC_UPSTREAM: hasUpstream ? join(upstreamDir, "26.0.0") : "",
        SVC_OUT: outFile,
      },
    });
    console.info(`Neovim LSP session: ${Date.now() - started} ms`);
    expect(nvim.status, nvim.stderr).toBe(0);
    const out = JSON.parse(readFileSync(outFile, "utf8")) as Output;
    expect(out.error).toBeNull();

    const line = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle));
    const modelText = readFileSync(model, "utf8");
    // file rule, before the edit: integer-token on the 48.0 line, no run finding yet
    expect(out.model_before).toContainEqual(
      expect.objectContaining({ code: "integer-token", lnum: line(modelText, "48.0"), source: "stepvideo-config" }),
    );
    expect(out.model_before.map((d) => d.code)).not.toContain("heads-divisible-by-tp-cp");
    // run rules, after the unsaved edit of TP and CP: on the model file and on the script
    expect(out.script_modified).toBe(true);
    expect(readFileSync(join(tree, T2V, "pretrain_t2v.sh"), "utf8")).toBe(script); // never saved
    expect(out.model_after).toContainEqual(
      expect.objectContaining({ code: "heads-divisible-by-tp-cp", lnum: line(modelText, '"num_heads"') }),
    );
    expect(out.script_after).toContainEqual(
      expect.objectContaining({ code: "world-size-divisible", lnum: line(script, "TP=4") }),
    );
    // the quick fix, applied by Neovim to the buffer
    expect(out.actions).toHaveLength(1);
    expect(out.fixed_line).toBe('    "num_layers": 48,');

    if (hasUpstream) {
      const upstream = out.upstream ?? {};
      expect(Object.keys(upstream).sort()).toEqual([
        "data_static_resolution.json",
        "pretrain_t2v.sh",
        "pretrain_t2v_model.json",
      ]);
      for (const seen of Object.values(upstream)) expect(seen.filter((d) => d.severity === 1)).toEqual([]);
    } else console.warn("Neovim LSP test: upstream files not opened (../shared/upstream not found)");
  }, 90_000);
});
