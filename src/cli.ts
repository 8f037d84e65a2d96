#!/usr/bin/env node
// The command line: argv → library → formatter → exit code, and nothing else.
// Exit 0: no error (and warnings within --max-warnings); 1: problems; 2: usage or internal fault.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { check } from "./check.js";
import { formatters } from "./formatters/index.js";
import { regularFileSync } from "./fs/safe-read.js";
import { packageUrl } from "./package-root.js";
import { UsageError } from "./project/discover.js";
import { assertRuleSettings, parseRuleOptions } from "./rules/settings.js";

const USAGE = `Usage:
  stepvideo-config check [PATH|GLOB ...]   check StepVideo configs (default ".")
      --format stylish|json|github|sarif   output format (default stylish)
      --root DIR                           where launch scripts run from (default: the folder given, or cwd)
      --release 2.1.0|2.2.0|2.3.0|26.0.0   MindSpeed-MM release the files target (default 26.0.0)
      --rule ID=off|info|warning|error     set a rule's severity (repeatable)
      --check-paths                        also check checkpoints, datasets, DPO side files and prompt lists
      --jobs N                             threads that scan a large dataset (default: the number of cores)
      --max-warnings N                     exit 1 when there are more than N warnings
      --quiet                              report errors only
  stepvideo-config plan                    list the valid (TP, CP, PP) layouts and global batch sizes
      --world-size N | --npus-per-node N --nnodes M
      --task t2v|i2v (default t2v)  --inference  --mbs N  --model FILE  --frames N  --format table|json
  stepvideo-config schema [KIND]           list schema kinds with their URLs, or print one schema
  stepvideo-config init vscode [--remote]  add the schemas to .vscode/settings.json (node_modules paths, or URLs)
  stepvideo-config --help | --version
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "world-size": { type: "string" },
      "npus-per-node": { type: "string" },
      nnodes: { type: "string" },
      task: { type: "string" },
      inference: { type: "boolean", default: false },
      mbs: { type: "string" },
      model: { type: "string" },
      frames: { type: "string" },
      root: { type: "string" },
      release: { type: "string" },
      rule: { type: "string", multiple: true, default: [] },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      "check-paths": { type: "boolean", default: false },
      jobs: { type: "string" },
      remote: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return write(process.stdout, USAGE, 0);
  if (values.version) return write(process.stdout, `${packageVersion()}\n`, 0);
  if (command === "schema") return write(process.stdout, (await import("./schema-command.js")).printSchema(rest[0]), 0);
  if (command === "plan") return runPlan(values);
  if (command === "init") {
    if (rest[0] !== "vscode")
      throw new UsageError('init supports one editor: "stepvideo-config init vscode [--remote]".');
    const { initVscode } = await import("./init-vscode.js");
    const result = initVscode(process.cwd(), values.remote);
    return write(
      process.stdout,
      `${result.settingsFile}: ${result.added} json.schemas entries for StepVideo configs${values.remote ? " (remote URLs, trusted domain added)" : ""}\n`,
      0,
    );
  }
  if (command !== "check") throw new UsageError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);

  const format = values.format ?? "stylish";
  const formatter = formatters[format];
  if (!formatter) throw new UsageError(`Unknown format "${format}"; use one of ${Object.keys(formatters).join(", ")}.`);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= -1))
    throw new UsageError("--max-warnings expects a whole number.");

  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError("--jobs expects a positive whole number.");
  const rules = parseRuleOptions(values.rule);
  assertRuleSettings(rules);
  const report = await check({
    paths: rest,
    ...(values.root ? { root: values.root } : {}),
    ...(values.release ? { release: values.release } : {}),
    rules,
    checkPaths: values["check-paths"],
    ...(jobs !== undefined ? { jobs } : {}),
    ...(process.stderr.isTTY ? { onProgress: showProgress } : {}),
  });
  if (process.stderr.isTTY && values["check-paths"]) process.stderr.write("\r\u001b[K");
  const shown = values.quiet
    ? { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === "error") }
    : report;
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && format === "stylish";
  process.stdout.write(formatter(shown, { color, readSource: (file) => readSource(report.root, file) }));
  const { errors, warnings } = report.summary;
  return errors > 0 || (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

async function runPlan(values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const { formatPlan, plan } = await import("./plan.js");
  const int = (name: string): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${name} expects a positive whole number, got "${String(raw)}".`);
    return n;
  };
  const perNode = int("npus-per-node");
  const world = int("world-size") ?? (perNode !== undefined ? perNode * (int("nnodes") ?? 1) : undefined);
  if (world === undefined) throw new UsageError("plan needs --world-size N, or --npus-per-node N (and --nnodes M).");
  const task = (values.task as string | undefined) ?? "t2v";
  if (task !== "t2v" && task !== "i2v") throw new UsageError(`--task expects t2v or i2v, got "${task}".`);
  const format = (values.format as string | undefined) ?? "table";
  if (format !== "table" && format !== "json")
    throw new UsageError(`plan --format expects table or json, got "${format}".`);
  const mbs = int("mbs");
  const frames = int("frames");
  const result = plan({
    worldSize: world,
    task,
    inference: values.inference === true,
    ...(mbs ? { microBatchSize: mbs } : {}),
    ...(frames ? { frames } : {}),
    ...(values.model ? { modelFile: String(values.model) } : {}),
  });
  return write(process.stdout, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result), 0);
}

function showProgress({ file, records }: { file: string; records: number }): void {
  process.stderr.write(`\r\u001b[Kchecking ${file}: ${records.toLocaleString("en")} records`);
}

function readSource(root: string, file: string): string | undefined {
  try {
    // Never a FIFO or device (it would block or never end), nor a dataset too large to frame.
    if (!regularFileSync(resolve(root, file))) return undefined;
    return readFileSync(resolve(root, file), "utf8");
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packageUrl("package.json"), "utf8")) as { version: string };
  return pkg.version;
}

function write(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

// A short-lived process gains nothing from V8's optimising tier for the bash grammar (WebAssembly):
// its background compilation only delays the exit. Set for this process only, never by the library.
setFlagsFromString("--liftoff-only");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`stepvideo-config: ${usage ? "" : "internal error: "}${message}\n`);
    if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
