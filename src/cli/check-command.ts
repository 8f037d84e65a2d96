// `stepvideo-config check`: flags → check() options (files, or the text on stdin with
// --stdin-filename), the report → the chosen formatter's text on stdout or --output-file, and the
// exit code (1 on errors, or on more warnings than --max-warnings; --quiet counts errors only).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { check } from "../check.js";
import { UsageError } from "../errors.js";
import { formatters } from "../formatters/index.js";
import { readDiskSource } from "../formatters/read-source.js";
import type { Release } from "../generated/releases.js";
import { parseRuleOptions } from "../rules/settings.js";
import type { CheckOptions, Report, RuleSettings } from "../types.js";
import { useColor } from "./color.js";
import type { Io, Output } from "./io.js";
import type { FlagValues } from "./parse-argv.js";
import { readAll } from "./read-stdin.js";
import { wholeNumber } from "./whole-number.js";

/** `check`, or `migrate` (rewrite, then check); `--fix`/`--fix-dry-run`/`migrate` edit the files first (src/fix/). */
export async function runCheck(
  values: FlagValues,
  positionals: string[],
  io: Io,
  command: "check" | "migrate",
): Promise<number> {
  const { stdout, stderr } = io;
  const format = (values.format as string | undefined) ?? "stylish";
  const formatter = formatters[format];
  if (!formatter) throw new UsageError(`Unknown format "${format}"; use one of ${Object.keys(formatters).join(", ")}.`);
  const maxWarnings = wholeNumber(values["max-warnings"], "--max-warnings", -1);
  const jobs = wholeNumber(values.jobs, "--jobs", 1);
  const release = values.release as string | undefined;
  const stdin = await stdinSource(values, positionals, io);
  let options: CheckOptions = {
    ...(stdin ? { source: stdin } : { paths: positionals }),
    cwd: io.cwd,
    ...(values.root ? { root: values.root as string } : {}),
    ...(release ? { release: release as Release } : {}), // check() refuses an unknown one
    rules: parseRuleOptions((values.rule as string[] | undefined) ?? []) as RuleSettings, // check() validates them
    checkPaths: values["check-paths"] === true,
    ...(jobs !== undefined ? { jobs } : {}),
    cache: values["no-cache"] !== true && ((values["cache-location"] as string | undefined) ?? true),
    ...(stderr.isTTY ? { onProgress: (p: Progress) => showProgress(stderr, p) } : {}),
  };
  if (command === "migrate" || values.fix || values["fix-dry-run"]) {
    if (stdin) throw new UsageError("--fix, --fix-dry-run and migrate edit files on disk, not stdin.");
    const flags = {
      fix: values.fix === true,
      "fix-dry-run": values["fix-dry-run"] === true,
      "dry-run": values["dry-run"] === true,
      to: values.to as string | undefined,
    };
    const edited = await (await import("../fix/edit-command.js")).editBeforeCheck(command, flags, options, io);
    if (typeof edited === "number") return edited;
    options = edited;
  }
  const report = await check(options);
  if (stderr.isTTY && values["check-paths"]) stderr.write("\r\u001b[K");
  const quiet = values.quiet === true;
  const shown = quiet ? errorsOnly(report) : report;
  const outputFile = values["output-file"] as string | undefined;
  const color =
    format === "stylish" &&
    useColor({
      flags: { color: values.color === true, noColor: values["no-color"] === true },
      env: io.env,
      isTTY: outputFile === undefined && stdout.isTTY === true,
    });
  const readSource = (file: string) =>
    stdin && resolve(report.root, file) === resolve(io.cwd, stdin.path)
      ? stdin.text
      : readDiskSource(report.root, file);
  const text = formatter(shown, { color, readSource, verbose: values.verbose === true, quiet });
  if (outputFile === undefined) stdout.write(text);
  else writeFileSync(resolve(io.cwd, outputFile), text);
  const { errors, warnings } = shown.summary;
  return errors > 0 || (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** The report with errors only, counted so. */
function errorsOnly(report: Report): Report {
  return {
    ...report,
    diagnostics: report.diagnostics.filter((d) => d.severity === "error"),
    summary: { ...report.summary, warnings: 0, infos: 0 },
  };
}

/** `--stdin` or `-` as the only path: the text on stdin, standing for --stdin-filename. */
async function stdinSource(values: FlagValues, positionals: string[], io: Io) {
  const dash = positionals.includes("-");
  if (!dash && values.stdin !== true) {
    if (values["stdin-filename"] !== undefined)
      throw new UsageError("--stdin-filename goes with --stdin (or - as the path).");
    return undefined;
  }
  if (positionals.some((p) => p !== "-")) throw new UsageError("check reads stdin or paths, not both.");
  const path = values["stdin-filename"] as string | undefined;
  if (path === undefined)
    throw new UsageError("--stdin needs --stdin-filename PATH: the file the text stands for (its kind and runs).");
  return { path, text: new TextDecoder().decode(await readAll(io.stdin)) };
}

type Progress = { file: string; records: number };

function showProgress(stderr: Output, { file, records }: Progress): void {
  stderr.write(`\r\u001b[Kchecking ${file}: ${records.toLocaleString("en")} records`);
}
