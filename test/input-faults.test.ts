// Inputs that are not what they claim to be: a device or FIFO where a config file belongs, a folder
// named like a config, symlinked configs and symlink loops, a tools.json carrying model sections, a
// rule that throws. Each gives a located diagnostic, never a hang, a crash or a silent drop.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, validateText } from "../src/index.js";
import { fileRules } from "../src/rules/index.js";
import { exampleCopy } from "./overlay-tree.js";

const MODEL = "examples/stepvideo/t2v/pretrain_t2v_model.json";
const SCRIPT = "examples/stepvideo/t2v/pretrain_t2v.sh";
/** The line of the example script's --mm-model argument, where script-config-paths points. */
const ARG_LINE =
  readFileSync(new URL(`../fixtures/example/${SCRIPT}`, import.meta.url), "utf8")
    .split("\n")
    .findIndex((l) => l.includes("--mm-model")) + 1;
const DTYPE_LINE =
  readFileSync(new URL(`../fixtures/example/${MODEL}`, import.meta.url), "utf8")
    .split("\n")
    .findIndex((l) => l.includes('"dtype"')) + 1;
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
if (!hasMkfifo) console.warn("input-faults: mkfifo is missing, so the FIFO case is skipped");

const brief = (ds: { ruleId: string; messageId: string; file: string; pointer: string; line: number }[]) =>
  ds.map(({ ruleId, messageId, file, pointer, line }) => ({ ruleId, messageId, file, pointer, line }));

function pointModelAt(root: string, target: string): void {
  const script = join(root, SCRIPT);
  writeFileSync(script, readFileSync(script, "utf8").replace(`./${MODEL}`, target));
}

describe("config paths that are not regular files", () => {
  it("reports a folder named like a model file that a script names, on the script line", async () => {
    const root = exampleCopy();
    mkdirSync(join(root, "examples/stepvideo/t2v/folder_model.json"));
    pointModelAt(root, "./examples/stepvideo/t2v/folder_model.json");
    const report = await check({ paths: [root], cwd: root });
    expect(brief(report.diagnostics.filter((d) => d.severity === "error"))).toEqual([
      { ruleId: "script-config-paths", messageId: "unreadable", file: SCRIPT, pointer: "", line: ARG_LINE },
    ]);
  });

  it("reports a script naming /dev/zero without reading it", async () => {
    const root = exampleCopy();
    symlinkSync("/dev/zero", join(root, "examples/stepvideo/t2v/zero_model.json"));
    pointModelAt(root, "./examples/stepvideo/t2v/zero_model.json");
    const report = await check({ paths: [join(root, SCRIPT)], cwd: root });
    expect(brief(report.diagnostics.filter((d) => d.ruleId === "script-config-paths"))).toEqual([
      { ruleId: "script-config-paths", messageId: "unreadable", file: SCRIPT, pointer: "", line: ARG_LINE },
    ]);
  });

  it("reports a config-named link to a device in a walked folder, and one named directly", async () => {
    const root = exampleCopy();
    symlinkSync("/dev/null", join(root, "examples/stepvideo/t2v/extra_model.json"));
    const expected = [
      {
        ruleId: "file-read",
        messageId: "notFile",
        file: "examples/stepvideo/t2v/extra_model.json",
        pointer: "",
        line: 1,
      },
    ];
    const walked = await check({ paths: [root], cwd: root });
    expect(brief(walked.diagnostics.filter((d) => d.file.endsWith("extra_model.json")))).toEqual(expected);
    const named = await check({ paths: [join(root, "examples/stepvideo/t2v/extra_model.json")], cwd: root });
    expect(brief(named.diagnostics)).toEqual(expected);
  });

  it.skipIf(!hasMkfifo)("reports a FIFO named as a config file without opening it", async () => {
    const root = exampleCopy();
    const fifo = join(root, "examples/stepvideo/t2v/fifo_model.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    pointModelAt(root, "./examples/stepvideo/t2v/fifo_model.json");
    const report = await check({ paths: [root], cwd: root });
    expect(brief(report.diagnostics.filter((d) => d.severity === "error"))).toEqual([
      {
        ruleId: "file-read",
        messageId: "notFile",
        file: "examples/stepvideo/t2v/fifo_model.json",
        pointer: "",
        line: 1,
      },
      { ruleId: "script-config-paths", messageId: "unreadable", file: SCRIPT, pointer: "", line: ARG_LINE },
    ]);
  });
});

describe("symlinks in walked folders", () => {
  it("checks a symlinked config like a named one, and walks a symlink loop once", async () => {
    const root = exampleCopy();
    const outside = exampleCopy("svc-outside-");
    const broken = join(outside, MODEL);
    writeFileSync(broken, readFileSync(broken, "utf8").replace('"dtype": "bf16"', '"dtype": "bfloat16"'));
    mkdirSync(join(root, "linked"));
    symlinkSync(broken, join(root, "linked/pretrain_linked_model.json"));
    symlinkSync(root, join(root, "linked/loop"));
    const report = await check({ paths: [join(root, "linked")], cwd: root });
    expect(brief(report.diagnostics.filter((d) => d.severity === "error"))).toEqual([
      {
        ruleId: "dtype-value",
        messageId: "enum",
        file: "linked/pretrain_linked_model.json",
        pointer: "/predictor/dtype",
        line: DTYPE_LINE,
      },
    ]);
    rmSync(outside, { recursive: true, force: true });
  });
});

describe("rules stay on their kind of file and apart from each other", () => {
  it("does not run model rules on a tools.json that also has predictor and ae sections", () => {
    const text = JSON.stringify({
      sorafeature: { save_path: "./sora_features" },
      predictor: { in_channels: 64 },
      ae: { z_channels: { value: 64 } },
    });
    const ids = validateText("tools", text, "tools.json").map((d) => d.ruleId);
    expect(ids).not.toContain("latent-channels");
    expect(ids).not.toContain("channel-split");
  });

  it("reports a rule that throws as its own diagnostic, and the other rules still run", () => {
    const rule = fileRules["hidden-size"]!;
    const original = rule.check;
    rule.check = () => {
      throw new TypeError("boom");
    };
    try {
      const text = readFileSync(new URL(`../fixtures/example/${MODEL}`, import.meta.url), "utf8");
      const found = validateText("model", text.replace('"dtype": "bf16"', '"dtype": "bfloat16"'), MODEL);
      expect(brief(found)).toEqual([
        { ruleId: "hidden-size", messageId: "crash", file: MODEL, pointer: "", line: 1 },
        { ruleId: "dtype-value", messageId: "enum", file: MODEL, pointer: "/predictor/dtype", line: DTYPE_LINE },
      ]);
      expect(found[0]?.message).toContain("TypeError: boom");
    } finally {
      rule.check = original;
    }
  });
});

describe("files the tool reads for itself", () => {
  it("refuses a settings file that is a device, as a usage error naming it", async () => {
    const root = exampleCopy();
    symlinkSync("/dev/zero", join(root, "stepvideo-config.json"));
    await expect(check({ paths: [root], cwd: root })).rejects.toThrow(
      /stepvideo-config\.json is a device, not a regular file/,
    );
  });

  it("refuses a plan --model that is a device, as a usage error naming it", async () => {
    const { plan, UsageError } = await import("../src/index.js");
    expect(() => plan({ worldSize: 8, task: "t2v", modelFile: "/dev/zero" })).toThrow(UsageError);
  });
});
