// Runtime checks of check()'s options, for callers from plain JavaScript or untyped JSON: a wrong
// option is a UsageError that names it and what it expects (never a TypeError from deep inside,
// nor a message with this package's internal paths). `paths: "examples"` is refused, not iterated.
import { UsageError } from "./errors.js";
import { RELEASES } from "./generated/releases.js";
import { closest } from "./schema/display.js";
import type { CheckOptions } from "./types.js";

const KNOWN = [
  "paths",
  "cwd",
  "root",
  "release",
  "rules",
  "checkPaths",
  "onProgress",
  "jobs",
  "source",
  "sources",
  "cache",
];

const describe = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "an array" : `${typeof value} ${JSON.stringify(value) ?? ""}`.trim();

export function assertCheckOptions(options: unknown): asserts options is CheckOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new UsageError(`check() takes an options object, got ${describe(options)}.`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (KNOWN.includes(key)) continue;
    const near = closest(key, KNOWN);
    throw new UsageError(`Unknown check() option "${key}".${near ? ` Did you mean "${near}"?` : ""}`);
  }
  const expect = (key: string, ok: boolean, what: string) => {
    if (o[key] !== undefined && !ok)
      throw new UsageError(`check() option ${key} must be ${what}, got ${describe(o[key])}.`);
  };
  if (typeof o.paths === "string")
    throw new UsageError(
      `check() option paths must be an array of paths, got the string "${o.paths}": write ["${o.paths}"].`,
    );
  expect("paths", Array.isArray(o.paths) && o.paths.every((p) => typeof p === "string"), "an array of strings");
  expect("cwd", typeof o.cwd === "string", "a string");
  expect("root", typeof o.root === "string", "a string");
  expect("release", typeof o.release === "string", `one of ${RELEASES.join(", ")}`);
  expect("checkPaths", typeof o.checkPaths === "boolean", "true or false");
  expect("onProgress", typeof o.onProgress === "function", "a function");
  expect("sources", o.sources instanceof Map, "a Map of absolute path → text");
  expect("cache", typeof o.cache === "boolean" || typeof o.cache === "string", "true, false or a folder");
  expect("jobs", Number.isInteger(o.jobs) && (o.jobs as number) >= 1, "a positive whole number");
  const source = o.source as { path?: unknown; text?: unknown } | undefined;
  expect(
    "source",
    typeof source === "object" && source !== null && typeof source.path === "string" && typeof source.text === "string",
    "{ path: string, text: string }",
  );
  if (source !== undefined && Array.isArray(o.paths) && o.paths.length > 0)
    throw new UsageError("check() takes paths or source, not both.");
}
