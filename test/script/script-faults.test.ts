// Scripts bash cannot run as written are reported once, located, never dropped in silence: syntax
// errors (evaluation ends where bash exits), binary content, CRLF line endings (read as LF so
// nothing else is reported with a \r in it); a helper script that parses and starts no job is silent.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";
import { exampleCopy } from "../overlay-tree.js";

const launch = "torchrun pretrain_sora.py --mm-model ./m.json\n";

describe("script faults", () => {
  const cases: [string, string, { messageId: string; line: number; column: number; problem: RegExp }][] = [
    [
      "double quote",
      `TP=1\nX="open\n${launch}`,
      { messageId: "syntax", line: 2, column: 3, problem: /unterminated " string/ },
    ],
    [
      "single quote",
      `TP=1\nX='open\n${launch}`,
      { messageId: "syntax", line: 2, column: 3, problem: /unterminated ' string/ },
    ],
    [
      "missing fi",
      `TP=1\nif [ -n "$A" ]; then\n${launch}`,
      { messageId: "syntax", line: 2, column: 1, problem: /"if" without "fi"/ },
    ],
    [
      "missing done",
      `for i in 1 2; do\n${launch}`,
      { messageId: "syntax", line: 1, column: 15, problem: /"do" without "done"/ },
    ],
    [
      "here-document",
      `cat <<EOF\nhello\n${launch}`,
      { messageId: "syntax", line: 1, column: 5, problem: /<<EOF without its end line "EOF"/ },
    ],
    [
      "stray parenthesis",
      `echo one\necho )\n${launch}`,
      { messageId: "syntax", line: 2, column: 6, problem: /unexpected "\)"/ },
    ],
    ["NUL bytes", `TP=1\n\0\0\u0001\n${launch}`, { messageId: "binary", line: 2, column: 1, problem: /NUL/ }],
  ];
  for (const [name, text, fault] of cases)
    it(`reports ${name} and starts no run`, async () => {
      const r = await evaluateScript(text);
      expect(r.fault).toMatchObject({ ...fault, problem: expect.stringMatching(fault.problem) });
      expect(r.launch).toBeUndefined();
    });

  it("keeps what bash runs before a syntax error, and nothing after it", async () => {
    const r = await evaluateScript(`TP=2\n${launch}if true; then\nPP=4\n`);
    expect(r.fault).toMatchObject({ messageId: "syntax", line: 3 });
    expect(r.launch?.entry).toBe("pretrain_sora.py");
    expect(r.vars.get("TP")?.value).toBe("2");
    expect(r.vars.has("PP")).toBe(false);
  });

  it("reads a CRLF script as LF, at the same lines and columns, and says so once", async () => {
    const r = await evaluateScript(`TP=2\r\nMM="./m.json"\r\ntorchrun pretrain_sora.py \\\r\n  --mm-model $MM\r\n`);
    expect(r.fault).toMatchObject({ messageId: "crlf", line: 1, column: 5 });
    expect(r.vars.get("TP")?.value).toBe("2");
    expect(r.launch?.args).toEqual([{ flag: "--mm-model", value: "./m.json", line: 4, column: 3 }]);
  });

  it("leaves a script that parses and starts no job without a fault", async () => {
    expect((await evaluateScript("set -e\nexport A=1\necho done\n")).fault).toBeUndefined();
  });
});

describe("script-syntax in a check", () => {
  it("reports a binary file named .sh, and a helper script not at all", async () => {
    const root = exampleCopy();
    const binary = join(root, "examples/stepvideo/t2v/tool.sh");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0x0a]));
    const helper = join(root, "examples/stepvideo/t2v/helper.sh");
    writeFileSync(helper, "#!/bin/bash\nset -euo pipefail\necho stepvideo\n");
    const report = await check({ paths: [binary, helper] });
    expect(
      report.diagnostics.map(({ ruleId, messageId, file, pointer, line }) => ({
        ruleId,
        messageId,
        file,
        pointer,
        line,
      })),
    ).toEqual([
      { ruleId: "script-syntax", messageId: "binary", file: "examples/stepvideo/t2v/tool.sh", pointer: "", line: 1 },
    ]);
    expect((await check({ paths: [binary], rules: { "script-syntax": "off" } })).diagnostics).toEqual([]);
    expect((await check({ paths: [binary], rules: { "script-syntax": "warning" } })).diagnostics[0]?.severity).toBe(
      "warning",
    );
  });

  it("reports a fault only for a selected script, not one read as context", async () => {
    const root = exampleCopy();
    writeFileSync(join(root, "examples/stepvideo/t2v/broken.sh"), '# stepvideo\nX="open\n');
    const report = await check({ paths: [join(root, "examples/stepvideo/t2v/pretrain_t2v_model.json")] });
    expect(report.diagnostics.filter((d) => d.ruleId === "script-syntax")).toEqual([]);
  });
});
