// The in-house folder walk that replaced fast-glob for folders: which paths each mode lists through
// aliases, loops, dangling links, special files and deep nesting, and why .gitignore files are
// looked for by every path (an ignore file reached first through a hidden alias still applies).
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { selectFiles } from "../src/project/discover.js";
import { type FolderWalk, MAX_DEPTH, walkFolders } from "../src/project/walk-folders.js";
import { scratch } from "./fs-scratch.js";

const { dir, put } = scratch("svc-walk-");
const listed = (root: string, walk: FolderWalk) =>
  walkFolders(root, walk)
    .map((p) => relative(root, p))
    .sort();
const everything: FolderWalk = { enter: (name) => name !== "node_modules", take: () => true, once: false };

describe("walkFolders", () => {
  it("walks each real folder once by its first shallowest path, or by every path but through a loop", () => {
    const root = join(dir, "aliases");
    put("aliases/a/x.json");
    put("aliases/a/.gitignore");
    put("aliases/.h/y.json");
    put("aliases/node_modules/z.json");
    symlinkSync(join(root, "a"), join(root, "b")); // an alias of a
    symlinkSync(root, join(root, "a", "up")); // a loop
    symlinkSync(join(root, "nowhere"), join(root, "dangling.json"));
    execFileSync("mkfifo", [join(root, "pipe.json")]);
    expect(listed(root, { ...everything, once: true })).toEqual([".h/y.json", "a/.gitignore", "a/x.json", "pipe.json"]);
    expect(listed(root, everything)).toEqual([
      ".h/y.json",
      "a/.gitignore",
      "a/x.json",
      "b/.gitignore",
      "b/x.json",
      "pipe.json",
    ]);
    expect(listed(join(root, "missing"), everything)).toEqual([]);
    // The paths are normalised whatever the form of the folder given.
    const paths = walkFolders(root, everything).sort();
    expect(walkFolders(`${root}/`, everything).sort()).toEqual(paths);
    expect(walkFolders(`${root}/a/../.`, everything).sort()).toEqual(paths);
    expect(paths.every((p) => p.startsWith(`${root}/`) && !p.includes("//"))).toBe(true);
  });

  it(`reads folders down to ${MAX_DEPTH} levels below where it starts`, () => {
    const root = join(dir, "deep");
    put(`deep/${"d/".repeat(MAX_DEPTH)}last.json`);
    put(`deep/${"d/".repeat(MAX_DEPTH + 1)}beyond.json`);
    expect(listed(root, everything)).toEqual([`${"d/".repeat(MAX_DEPTH)}last.json`]);
  });

  it("applies a folder's .gitignore to its configs even when a hidden alias of it sorts first", async () => {
    const root = join(dir, "hidden-alias");
    put("hidden-alias/.git/HEAD"); // a repository: outside one, git reads no .gitignore
    put("hidden-alias/cfg/.gitignore", "secret.json\n");
    put("hidden-alias/cfg/secret.json", "{}");
    put("hidden-alias/cfg/ok.json", "{}");
    symlinkSync(join(root, "cfg"), join(root, ".alias"));
    const selected = (await selectFiles([root], root)).map((t) => relative(root, t.path));
    expect(selected).toEqual(["cfg/ok.json"]);
  });
});
