// The generator on a temporary copy of the project: a fact changed in a source schema reaches
// every rule and `plan` result that depends on it after `npm run generate`, and `--check` fails
// on a file that no longer comes from the schemas in any generated folder.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const project = fileURLToPath(new URL("..", import.meta.url));
const COPIED = ["schemas", "src", "scripts", "docs", "README.md", ".pre-commit-hooks.yaml", "package.json"];
const tsx = join(project, "node_modules/.bin/tsx");

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "svc-generate-"));
  for (const entry of COPIED) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(project, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

function generate(dir: string, ...args: string[]) {
  return spawnSync(tsx, [join(dir, "scripts/generate.ts"), ...args], { cwd: dir, encoding: "utf8" });
}

/** Runs the copy's library from source in a child process and returns what the probe prints. */
function probe(dir: string): { seqLength: number; layouts: number; chunk: string[] } {
  const script = join(dir, "probe.ts");
  writeFileSync(
    script,
    `import { readFileSync } from "node:fs";
import { plan, validateText } from "./src/index.ts";
const data = readFileSync(${JSON.stringify(join(project, "fixtures/example/examples/stepvideo/t2v/data_static_resolution.json"))}, "utf8");
const p = plan({ worldSize: 16, task: "t2v" });
const chunk = validateText("data", data, "t2v/data.json")
  .filter((d) => d.ruleId === "num-frames-vae-chunk").map((d) => d.message);
console.log(JSON.stringify({ seqLength: p.seqLength, layouts: p.layouts.length, chunk }));
`,
  );
  const out = spawnSync(tsx, [script], { cwd: dir, encoding: "utf8" });
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout);
}

describe("scripts/generate.ts", () => {
  let dir: string;
  beforeAll(() => {
    dir = projectCopy();
  });

  it("carries a changed default in common.schema.json to the rules and plan", () => {
    const before = probe(dir);
    expect(before).toMatchObject({ seqLength: 3072, chunk: [] });
    const source = join(dir, "schemas/src/common.schema.json");
    const common = JSON.parse(readFileSync(source, "utf8"));
    common.definitions.predictor.properties.seq_length.default = 3004; // not divisible by CP = 8
    common.definitions.ae.properties.frame_len.default = 16; // 136 frames no longer fit
    writeFileSync(source, JSON.stringify(common, null, 2));
    expect(generate(dir, "--check").status).toBe(1);
    expect(generate(dir).status).toBe(0);
    const after = probe(dir);
    expect(after.seqLength).toBe(3004);
    expect(after.layouts).toBeLessThan(before.layouts);
    expect(after.chunk).toEqual(["num_frames 136 is not a multiple of the VAE chunk length 16"]);
    expect(generate(dir, "--check").status).toBe(0);
  }, 60_000);

  for (const orphan of ["schemas/old-kind.schema.json", "src/generated/old-kind.ts", "docs/config/old-kind.md"]) {
    it(`fails --check on an orphan ${orphan}, and removes it when generating`, () => {
      writeFileSync(join(dir, orphan), "{}\n");
      const checked = generate(dir, "--check");
      expect(checked.status).toBe(1);
      expect(checked.stderr).toContain(orphan);
      expect(generate(dir).stdout).toContain(`removed ${orphan}`);
      expect(generate(dir, "--check").status).toBe(0);
      rmSync(join(dir, orphan), { force: true });
    }, 60_000);
  }
});
