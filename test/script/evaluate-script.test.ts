// The launch-script evaluator: bash semantics without running anything, positions for every
// value and flag, unknowns with reasons, and every upstream script evaluated.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScript } from "../../src/project/script/evaluate-script.js";
import { filesUnder, hasUpstream, skipReason, upstreamDir } from "../upstream-paths.js";

describe("evaluateScript", () => {
  it("expands assignments, quoting, escapes and exports", async () => {
    const r = await evaluateScript(
      ["A=1", 'B="x $A ${A}y"', "C='$A literal'", 'export D="$B"', "E=\\$A", "export A", ""].join("\n"),
    );
    expect(r.vars.get("B")).toMatchObject({ value: "x 1 1y", line: 2, column: 1 });
    expect(r.vars.get("C")?.value).toBe("$A literal");
    expect(r.vars.get("E")?.value).toBe("$A");
    expect([...r.exports.keys()]).toEqual(["D", "A"]);
    expect(r.exports.get("D")?.value).toBe("x 1 1y");
  });

  it("does bash arithmetic with integer division, and 0 when the layout truncates", async () => {
    const script = (tp: number) =>
      `WORLD_SIZE=$((8 * 1))\nMBS=1\nCP=1\nTP=${tp}\nACC=1\nGBS=$(($WORLD_SIZE*$MBS/$CP/$TP*$ACC))\nN=$(( -7 / 2 ))\nM=$(( 7 % -3 ))\nO=$(( 010 + 0x10 ))\n`;
    expect((await evaluateScript(script(8))).vars.get("GBS")?.value).toBe("1");
    const r = await evaluateScript(script(16));
    expect(r.vars.get("GBS")?.value).toBe("0");
    expect(r.vars.get("N")?.value).toBe("-3");
    expect(r.vars.get("M")?.value).toBe("1");
    expect(r.vars.get("O")?.value).toBe("24");
    expect((await evaluateScript("X=$((4 / 0))\n")).vars.get("X")).toMatchObject({
      value: undefined,
      reason: "division by zero",
    });
  });

  it("leaves unknown what only running the script could tell, with the reason", async () => {
    const r = await evaluateScript(
      [
        "A=$HOME",
        "B=$(date +%s)",
        'if [ -n "$X" ]; then C=2; fi',
        "C2=1",
        "D=${UNSET:-5}",
        "true && E=1",
        "F=`hostname`",
        "",
      ].join("\n"),
    );
    expect(r.vars.get("A")).toMatchObject({ value: undefined, reason: "$HOME is set from the environment" });
    expect(r.vars.get("B")?.reason).toMatch(/^command substitution/);
    expect(r.vars.get("C")?.reason).toMatch(/assigned conditionally \(inside an if\)/);
    expect(r.vars.get("C2")?.value).toBe("1");
    expect(r.vars.get("D")?.reason).toMatch(/^parameter expansion/);
    expect(r.vars.get("E")?.reason).toMatch(/assigned conditionally/);
    expect(r.vars.get("F")?.reason).toMatch(/^command substitution/);
  });

  it("finds the launch command and pairs its flags, pointing into multi-line *_ARGS strings", async () => {
    const text = [
      "TP=4",
      "LOAD=$UNKNOWN_DIR",
      'DIST="--nproc_per_node 8 --nnodes 2"',
      'GPT_ARGS="',
      "    --tensor-model-parallel-size ${TP} \\",
      "    --bf16 \\",
      "    --load $LOAD \\",
      '    --seq-length=3072"',
      "torchrun $DIST pretrain_sora.py $GPT_ARGS --mm-model 'a b.json' 2>&1 | tee log",
      "",
    ].join("\n");
    const r = await evaluateScript(text);
    expect(r.launch).toMatchObject({ launcher: "torchrun", entry: "pretrain_sora.py", line: 9, column: 1 });
    expect(r.launch!.launcherArgs).toEqual([
      { flag: "--nproc_per_node", value: "8", line: 3, column: 7 },
      { flag: "--nnodes", value: "2", line: 3, column: 26 },
    ]);
    expect(r.launch!.args).toEqual([
      { flag: "--tensor-model-parallel-size", value: "4", line: 5, column: 5 },
      { flag: "--bf16", line: 6, column: 5 },
      { flag: "--load", line: 7, column: 5, unknown: "$UNKNOWN_DIR is set from the environment" },
      { flag: "--seq-length", value: "3072", line: 8, column: 5 },
      { flag: "--mm-model", value: "a b.json", line: 9, column: 43 },
    ]);
  });

  it("reports a syntax error instead of throwing", async () => {
    const r = await evaluateScript('TP=1\nif then\nX="unterminated\n');
    expect(r.fault).toMatchObject({ messageId: "syntax", line: 2, column: 1 });
  });
});

if (!hasUpstream) console.warn(skipReason);

describe.skipIf(!hasUpstream)("upstream launch scripts", () => {
  it("evaluates every script of every release with a launch command and no syntax error", async () => {
    const scripts = filesUnder(upstreamDir, ".sh");
    expect(scripts.length).toBeGreaterThan(30);
    for (const path of scripts) {
      const r = await evaluateScript(readFileSync(path, "utf8"));
      expect(r.fault, path).toBeUndefined();
      expect(r.launch?.entry, path).toMatch(/\.py$/);
    }
  });

  it("reads the 26.0.0 pretrain_t2v.sh as MindSpeed-MM receives it", async () => {
    const r = await evaluateScript(readFileSync(`${upstreamDir}26.0.0/examples/stepvideo/t2v/pretrain_t2v.sh`, "utf8"));
    expect(r.launch?.entry).toBe("pretrain_sora.py");
    expect(r.vars.get("TP")?.value).toBe("8");
    expect(r.vars.get("GBS")?.value).toBe("1");
    expect(r.launch?.args.find((a) => a.flag === "--mm-model")?.value).toBe(
      "./examples/stepvideo/t2v/pretrain_t2v_model.json",
    );
    expect(r.exports.get("CUDA_DEVICE_MAX_CONNECTIONS")?.value).toBe("1");
  });
});
