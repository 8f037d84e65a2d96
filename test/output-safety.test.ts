// Text from config files never drives the terminal or the CI log: every formatter escapes
// control characters (ESC sequences, BEL, a raw CR) in file names, messages, hints and code
// frames, and SARIF locations are URIs that survive `#`, `?` and `%` in file names.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeControls } from "../src/formatters/escape-text.js";
import { formatters } from "../src/formatters/index.js";
import { relativeUri } from "../src/formatters/sarif.js";
import type { Report } from "../src/index.js";

const HOSTILE = "\u001b[2J\u001b]0;x\u0007\r";
const file = `bad${HOSTILE}_model.json`;
const source = `{\n  "k${HOSTILE}": 1\n}\n`;
const report: Report = {
  version: 1,
  root: "/r",
  release: "26.0.0",
  files: [{ file, kind: "model" }],
  runs: [],
  diagnostics: [
    {
      ruleId: "unknown-key",
      messageId: "unknown",
      severity: "warning",
      file,
      pointer: `/k${HOSTILE}`,
      line: 2,
      column: 3,
      message: `\`k${HOSTILE}\` is unknown\u009b31m`,
      hint: `remove${HOSTILE}`,
      related: [{ file, line: 1, column: 1, message: `here${HOSTILE}` }],
    },
  ],
  summary: { files: 1, runs: 0, errors: 0, warnings: 1, infos: 0 },
};
const ctx = { color: false, readSource: () => source };
/** Any control character except the newlines that separate output lines. */
const RAW_CONTROL = /(?!\n)\p{Cc}/u;

describe("output safety", () => {
  it("escapeControls writes controls as \\x escapes, keeping tabs", () => {
    expect(escapeControls(`a${HOSTILE}\tb\n\u009b\u202e`)).toBe("a\\x1b[2J\\x1b]0;x\\x07\\x0d\tb\\x0a\\x9b\\u202e");
    expect(escapeControls("a\nb", true)).toBe("a\nb");
  });

  it("stylish shows file name, message, pointer, hint and code frame escaped", () => {
    const out = formatters.stylish!(report, ctx);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain("bad\\x1b[2J\\x1b]0;x\\x07\\x0d_model.json");
    expect(out).toContain("hint: remove\\x1b[2J");
    expect(out).toContain('> 2 |   "k\\x1b[2J\\x1b]0;x\\x07\n'); // the raw CR ends line 2, as Python counts it
    expect(out).toContain("is unknown\\x9b31m");
  });

  it("github escapes controls, then applies the workflow-command escaping", () => {
    const [line] = formatters.github!(report, ctx).split("\n");
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).toBe(
      "::warning file=bad\\x1b[2J\\x1b]0;x\\x07\\x0d_model.json,line=2,col=3,title=unknown-key::" +
        "`k\\x1b[2J\\x1b]0;x\\x07\\x0d` is unknown\\x9b31m%0Aremove\\x1b[2J\\x1b]0;x\\x07\\x0d",
    );
  });

  it("json and sarif keep the same values, with every control character as a \\u escape", () => {
    for (const name of ["json", "sarif"]) {
      const out = formatters[name]!(report, ctx);
      expect(out.replace(/\n/g, ""), name).not.toMatch(RAW_CONTROL);
      expect(out).toContain("\\u009b31m");
    }
    expect(JSON.parse(formatters.json!(report, ctx))).toEqual(report);
  });

  it("sarif locations are URIs that round-trip file names with #, ?, % and spaces", () => {
    const name = "dir with space/hash#frag?query_100%_model.json";
    expect(relativeUri(name)).toBe("dir%20with%20space/hash%23frag%3Fquery_100%25_model.json");
    const base = "file:///work/MindSpeed-MM/";
    expect(fileURLToPath(new URL(relativeUri(name), base))).toBe(`/work/MindSpeed-MM/${name}`);
    const log = JSON.parse(
      formatters.sarif!({ ...report, diagnostics: [{ ...report.diagnostics[0]!, file: name }] }, ctx),
    );
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(fileURLToPath(new URL(uri, log.runs[0].originalUriBaseIds.ROOT.uri))).toBe(`/r/${name}`);
  });
});
