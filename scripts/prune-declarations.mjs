// Keeps in dist/ only the declaration files the package's types reach from dist/index.d.ts: tsc
// emits one per module, but the JavaScript ships as the bundle in dist/bin/, so a rule's or a
// formatter's own .d.ts is dead weight in a consumer's node_modules unless the public types name
// it. Imports are read with TypeScript's own pre-processor, not with patterns.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

const dist = resolve("dist");
const reached = new Set();
const pending = [join(dist, "index.d.ts")];
while (pending.length) {
  const file = pending.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith(".")) continue;
    const target = resolve(dirname(file), fileName.replace(/\.js$/, ".d.ts"));
    if (existsSync(target)) pending.push(target);
  }
}

let removed = 0;
const prune = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === join(dist, "bin") || path === join(dist, "grammar")) continue;
    if (statSync(path).isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else if (name.endsWith(".d.ts") && !reached.has(path)) {
      rmSync(path);
      removed++;
    }
  }
};
prune(dist);
console.log(`prune-declarations: kept ${reached.size} declaration files, removed ${removed}`);
