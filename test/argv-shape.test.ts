// The bin names its bundle's code-cache entry after the command line's shape (src/cli/argv-shape.ts):
// command lines that run the same code share an entry, others get their own.
import { describe, expect, it } from "vitest";
import { argvShape } from "../src/cli/argv-shape.js";

describe("argvShape", () => {
  it("keeps the command and flag names, and reduces every other word to its kind", () => {
    expect(argvShape(["check", "examples/a_model.json", "b/data.json", "run.sh"])).toBe("check *.json *.sh");
    expect(argvShape(["check", "."])).toBe("check *");
    expect(argvShape(["check", "--format", "json", "--rule=x=off", "a.json"])).toBe("check * *.json --format --rule");
    expect(argvShape(["--version"])).toBe("--version");
    expect(argvShape([])).toBe("");
  });

  it("gives command lines that differ only in their paths the same shape", () => {
    expect(argvShape(["check", "one.json", "two.json"])).toBe(argvShape(["check", "three.json"]));
    expect(argvShape(["check", "src", "docs/**"])).toBe(argvShape(["check", "."]));
  });

  it("takes no word that is not a lower-case word for the command (a path where the command belongs)", () => {
    expect(argvShape(["pretrain_model.json"])).toBe("*.json");
    expect(argvShape(["Check", "a.json"])).toBe("* *.json");
    expect(argvShape(["-q", "check"])).toBe("check -q");
  });
});
