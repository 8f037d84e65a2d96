// Output formats on a broken tree: GitHub workflow commands with positions and escaping, and a
// SARIF 2.1.0 log that validates against the SARIF schema (loaded offline from a dev dependency).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatters } from "../src/formatters/index.js";
import { check, type Report } from "../src/index.js";
import { allRules } from "../src/rules/index.js";
import { overlayTree } from "./overlay-tree.js";

const require = createRequire(import.meta.url);
const ctx = { color: false, readSource: () => undefined };

async function brokenReport(): Promise<Report> {
  const dir = overlayTree("runs/heads-divisible-by-tp-cp"); // TP 8, CP 4, 32 NPUs
  const model = join(dir, "examples/stepvideo/t2v/inference_t2v_model.json");
  writeFileSync(
    model,
    readFileSync(model, "utf8")
      .replace('"dtype": "bf16"', '"dtype": "bfloat16"')
      .replace('"num_heads": 48', '"num_heads": 48.0'),
  );
  return check({ paths: [dir] });
}

describe("--format github", () => {
  it("prints one located annotation per diagnostic and a summary line", async () => {
    const report = await brokenReport();
    const lines = formatters.github!(report, ctx).trimEnd().split("\n");
    expect(lines).toHaveLength(report.diagnostics.length + 1);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=examples\/stepvideo\/t2v\/inference_t2v_model\.json,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=dtype-value::`predictor\.dtype` is "bfloat16"/,
      ),
    );
    expect(lines.at(-1)).toMatch(/^stepvideo-config: 3 error\(s\)/);
  });

  it("escapes workflow-command data and properties, and points to SARIF past ten annotations", () => {
    const d = {
      ruleId: "schema",
      messageId: "other",
      severity: "warning" as const,
      file: "a,b:c.json",
      pointer: "",
      line: 1,
      column: 2,
      message: "100% wrong\nsecond line",
    };
    const report = {
      version: 1 as const,
      root: "/r",
      release: "26.0.0" as const,
      files: [],
      runs: [],
      diagnostics: Array(11).fill(d),
      summary: { files: 1, runs: 0, errors: 0, warnings: 11, infos: 0 },
    };
    const [first, ...rest] = formatters.github!(report, ctx).trimEnd().split("\n");
    expect(first).toBe("::warning file=a%2Cb%3Ac.json,line=1,col=2,title=schema::100%25 wrong%0Asecond line");
    expect(rest.at(-1)).toMatch(/at most 10 annotations of each kind per step: upload --format sarif/);
  });
});

describe("--format sarif", () => {
  it("validates against the SARIF 2.1.0 schema, with rules from rule meta and located results", async () => {
    const report = await brokenReport();
    const log = JSON.parse(formatters.sarif!(report, ctx));
    const AjvDraft04 = require("ajv-draft-04").default;
    const schema = JSON.parse(
      readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    );
    const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(allRules));
    expect(run.tool.driver.rules[0].helpUri).toMatch(
      /^https:\/\/unpkg\.com\/stepvideo-config@[^/]+\/docs\/rules\/[a-z0-9-]+\.md$/,
    );
    expect(run.results).toHaveLength(report.diagnostics.length);
    const heads = run.results.find((r: { ruleId: string }) => r.ruleId === "heads-divisible-by-tp-cp");
    expect(heads.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "examples/stepvideo/t2v/pretrain_t2v_model.json", uriBaseId: "ROOT" },
      region: {
        startLine: expect.any(Number),
        startColumn: expect.any(Number),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
      },
    });
    expect(heads.relatedLocations).toHaveLength(2);
    expect(run.tool.driver.rules[heads.ruleIndex].id).toBe("heads-divisible-by-tp-cp");
    expect(heads.level).toBe("error");
    expect(heads.properties).toEqual({ pointer: "/predictor/num_heads", messageId: "heads" });
  });
});
