// Unit tables for what a check selects and where it runs from: the root markers and their order,
// files/folders/globs as selections, the launch scripts found under a root and the ones evaluated.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../src/errors.js";
import { findScripts, selectFiles } from "../src/project/discover.js";
import { findRoot } from "../src/project/find-root.js";
import { scriptsToEvaluate } from "../src/project/scripts-to-evaluate.js";

const base = mkdtempSync(join(tmpdir(), "svc-select-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
/** A fresh folder with these files (a trailing "/" makes a folder). */
function tree(files: Record<string, string>): string {
  const root = join(base, `t${n++}`);
  for (const [path, text] of Object.entries(files)) {
    const at = join(root, path);
    if (path.endsWith("/")) mkdirSync(at, { recursive: true });
    else {
      mkdirSync(dirname(at), { recursive: true });
      writeFileSync(at, text);
    }
  }
  mkdirSync(root, { recursive: true });
  return root;
}

describe("findRoot", () => {
  it("is --root when given, resolved against the cwd", () => {
    const root = tree({ "stepvideo-config.json": "{}", "a/b/": "" });
    expect(findRoot(join(root, "a"), [], "..")).toBe(root);
    expect(findRoot(join(root, "a"), [], "b")).toBe(join(root, "a", "b")); // unmarked, but named
  });

  it.each([
    ["stepvideo-config.json", "{}"],
    ["mindspeed_mm/", ""],
    ["examples/stepvideo/", ""],
  ])("is the nearest folder upward holding %s", (marker, text) => {
    const root = tree({ [marker]: text, "x/y/": "" });
    expect(findRoot(join(root, "x", "y"), [])).toBe(root);
    expect(findRoot(root, [])).toBe(root);
  });

  it("a marker of the wrong type marks nothing", () => {
    const root = tree({ mindspeed_mm: "a file", "stepvideo-config.json/": "", "examples/stepvideo": "a file" });
    expect(findRoot(root, [])).toBe(root); // the cwd fallback, not an ancestor
    // A file where a marker's parent folder would be (examples/stepvideo under a file "examples").
    const fileParent = tree({ examples: "a file", "a/": "" });
    expect(findRoot(join(fileParent, "a"), [])).toBe(join(fileParent, "a"));
    const inner = tree({ "stepvideo-config.json/": "", "a/": "" });
    expect(findRoot(join(inner, "a"), [])).toBe(join(inner, "a"));
  });

  it("the nearest marked folder wins over one further up", () => {
    const outer = tree({ "mindspeed_mm/": "", "sub/stepvideo-config.json": "{}", "sub/deep/": "" });
    expect(findRoot(join(outer, "sub", "deep"), [])).toBe(join(outer, "sub"));
  });

  it("outside any checkout: the one checkout of all the selected files, else the cwd", () => {
    const a = tree({ "mindspeed_mm/": "", "cfg/data.json": "{}" });
    const b = tree({ "mindspeed_mm/": "", "cfg/data.json": "{}" });
    const cwd = tree({ "elsewhere/": "" });
    expect(findRoot(cwd, [join(a, "cfg", "data.json")])).toBe(a);
    expect(findRoot(cwd, [join(a, "cfg", "data.json"), join(a, "x.json")])).toBe(a);
    expect(findRoot(cwd, [join(a, "cfg", "data.json"), join(b, "cfg", "data.json")])).toBe(cwd);
    expect(findRoot(cwd, [join(a, "cfg", "data.json"), join(cwd, "x.json")])).toBe(cwd);
    expect(findRoot(cwd, [])).toBe(cwd);
  });
});

describe("selectFiles", () => {
  it("named files are explicit, folder and glob files are not; the result is sorted and unique", async () => {
    const root = tree({ "b/data.json": "{}", "b/run.sh": "", "b/notes.txt": "", "a/x_model.json": "{}" });
    const selected = await selectFiles(["b", "a/x_model.json", "b/*.json"], root);
    expect(selected).toEqual([
      { path: join(root, "a/x_model.json"), explicit: true },
      { path: join(root, "b/data.json"), explicit: false },
      { path: join(root, "b/run.sh"), explicit: false },
    ]);
    // Named as well as walked to: named.
    const named = await selectFiles(["b", "b/data.json", "b/*.json"], root);
    expect(named.find((t) => t.path.endsWith("data.json"))?.explicit).toBe(true);
  });

  it("a folder skips node_modules, .git and what .gitignore ignores; a named file is always selected", async () => {
    const root = tree({
      ".gitignore": "ignored/\n",
      ".git/": "",
      "node_modules/p/data.json": "{}",
      ".git/x.json": "{}",
      "ignored/data.json": "{}",
      "kept/data.json": "{}",
    });
    const paths = (await selectFiles(["."], root)).map((t) => t.path);
    expect(paths).toEqual([join(root, "kept/data.json")]);
    expect(await selectFiles(["ignored/data.json"], root)).toEqual([
      { path: join(root, "ignored/data.json"), explicit: true },
    ]);
    expect(await selectFiles(["*/data.json"], root)).toEqual([{ path: join(root, "kept/data.json"), explicit: false }]);
  });

  it("a glob reads the .gitignore files from its own folder, wherever the cwd is", async () => {
    const root = tree({
      ".git/": "",
      "a/": "",
      "b/.gitignore": "skip.json\n",
      "b/skip.json": "{}",
      "b/keep.json": "{}",
    });
    const expected = [{ path: join(root, "b/keep.json"), explicit: false }];
    expect(await selectFiles(["../b/*.json"], join(root, "a"))).toEqual(expected);
    expect(await selectFiles([`${root}/b/*.json`], join(root, "a"))).toEqual(expected);
    expect(await selectFiles(["b/*.json"], root)).toEqual(expected);
  });

  it("a deeper .gitignore re-includes what a shallower one excluded, whatever order they are found in", async () => {
    const root = tree({
      ".git/": "",
      "a/.gitignore": "*.json\n",
      "a/b/.gitignore": "!keep.json\n",
      "a/b/keep.json": "{}",
      "a/b/other.json": "{}",
      "a/c/.gitignore": "!other.json\n",
      "a/c/keep.json": "{}",
      "a/c/other.json": "{}",
    });
    const selected = (await selectFiles(["."], root)).map((t) => t.path);
    expect(selected).toEqual([join(root, "a/b/keep.json"), join(root, "a/c/other.json")]);
    const fromA = (await selectFiles(["a"], root)).map((t) => t.path);
    expect(fromA).toEqual(selected);
  });

  it("a named FIFO is selected (to be reported unread), not refused", async () => {
    const root = tree({});
    execFileSync("mkfifo", [join(root, "data.json")]);
    expect(await selectFiles(["data.json"], root)).toEqual([{ path: join(root, "data.json"), explicit: true }]);
  });

  it("refuses a missing path and a glob that matches nothing, naming them", async () => {
    const root = tree({ "a.json": "{}" });
    await expect(selectFiles(["nope.json"], root)).rejects.toThrow(
      new UsageError("No such file or directory: nope.json"),
    );
    await expect(selectFiles(["*.sh"], root)).rejects.toThrow(new UsageError('No files match the pattern "*.sh".'));
  });

  it("a file reached through a symlinked folder is selected once, by its shortest path", async () => {
    const root = tree({ "cfg/data.json": "{}" });
    symlinkSync(join(root, "cfg"), join(root, "cfg", "loop"));
    const paths = (await selectFiles(["**/data.json"], root)).map((t) => t.path);
    expect(paths).toEqual([join(root, "cfg/data.json")]);
  });
});

describe("launch scripts", () => {
  it("finds every .sh under the root, sorted, outside node_modules and hidden folders, through links", async () => {
    // "link" and "other" are one folder, walked once, by the first path at that depth: "link".
    const root = tree({
      "b/run.sh": "",
      "a/run.sh": "",
      "a/run.sh.txt": "",
      "node_modules/x/run.sh": "",
      ".hidden/run.sh": "",
      "other/c.sh": "",
    });
    symlinkSync(join(root, "other"), join(root, "link"));
    symlinkSync(root, join(root, "a", "up")); // a loop: walked once
    expect(await findScripts(root)).toEqual(["a/run.sh", "b/run.sh", "link/c.sh"].map((p) => join(root, p)));
    expect(await findScripts(join(root, "missing"))).toEqual([]);
  });

  it("evaluates the selected scripts first, then those naming a selected file or StepVideo", async () => {
    const root = tree({
      "z.sh": "torchrun pretrain_sora.py --mm-data cfg/data_t2v.json",
      "y.sh": "echo StepVideo",
      "x.sh": "echo other model",
      "w.sh": "echo data_i2v.json",
      "v.sh": "bash x.sh # names a selected script, which selects no more",
      "cfg/data_t2v.json": "{}",
    });
    const targets = [
      { path: join(root, "x.sh"), explicit: true },
      { path: join(root, "cfg/data_t2v.json"), explicit: false },
    ];
    expect(await scriptsToEvaluate(targets, root)).toEqual([
      join(root, "x.sh"),
      join(root, "y.sh"),
      join(root, "z.sh"),
    ]);
    expect(await scriptsToEvaluate([], root)).toEqual([join(root, "y.sh")]);
  });
});
