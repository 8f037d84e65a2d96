// The command line: argv → library → formatter → exit code, and nothing else; callable in-process
// (tests) with its streams, cwd and env passed in. src/cli-bin.ts wires it to the process.
// Exit 0: no error (and warnings within --max-warnings); 1: problems; 2: usage or internal fault.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "./check.js";
import { usage } from "./cli-usage.js";
import { UsageError } from "./errors.js";
import { escapeControls } from "./formatters/escape-text.js";
import { formatters } from "./formatters/index.js";
import { regularFileSync } from "./fs/safe-read.js";
import { packageUrl } from "./package-root.js";
import { assertRuleSettings, parseRuleOptions } from "./rules/settings.js";
import type { CheckOptions } from "./types.js";

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Where the CLI writes and what it reads of its surroundings (default: this process's cwd and env). */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

type Io = Required<CliIo>;

/** Runs one command line; resolves to the exit code, writing a one-line message for errors. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const full: Io = { ...io, cwd: io.cwd ?? process.cwd(), env: io.env ?? process.env };
  try {
    return await run(argv, full);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
    const message = error instanceof Error ? error.message : String(error);
    full.stderr.write(`stepvideo-config: ${usage ? "" : "internal error: "}${escapeControls(message, true)}\n`);
    if (full.env.DEBUG && error instanceof Error) full.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { stdout, stderr } = io;
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
      fix: { type: "boolean", default: false },
      "fix-dry-run": { type: "boolean", default: false },
      to: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      stdio: { type: "boolean", default: false }, // lsp: what LSP clients pass; stdio is the only transport
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return write(stdout, usage(), 0);
  if (values.version) return write(stdout, `${packageVersion()}\n`, 0);
  if (command === "schema") return write(stdout, (await import("./schema-command.js")).printSchema(rest[0]), 0);
  if (command === "plan") return runPlan(values, io);
  if (command === "lsp") return (await import("./lsp/stdio.js")).serveStdio();
  if (command === "init")
    return write(stdout, await (await import("./init-command.js")).runInit(rest[0], io.cwd, values.remote), 0);
  if (command !== "check" && command !== "migrate")
    throw new UsageError(command ? `Unknown command "${command}".\n\n${usage()}` : usage());

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
  let options: CheckOptions = {
    paths: rest,
    cwd: io.cwd,
    ...(values.root ? { root: values.root } : {}),
    ...(values.release ? { release: values.release } : {}),
    rules,
    checkPaths: values["check-paths"],
    ...(jobs !== undefined ? { jobs } : {}),
    ...(stderr.isTTY ? { onProgress: (p: Progress) => showProgress(stderr, p) } : {}),
  };
  if (command === "migrate" || values.fix || values["fix-dry-run"] || values["dry-run"] || values.to) {
    const edited = await (await import("./fix/edit-command.js")).editBeforeCheck(command, values, options, io);
    if (typeof edited === "number") return edited;
    options = edited;
  }
  const report = await check(options);
  if (stderr.isTTY && values["check-paths"]) stderr.write("\r\u001b[K");
  const shown = values.quiet
    ? { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === "error") }
    : report;
  const color = Boolean(stdout.isTTY) && !io.env.NO_COLOR && format === "stylish";
  stdout.write(formatter(shown, { color, readSource: (file) => readSource(report.root, file) }));
  const { errors, warnings } = report.summary;
  return errors > 0 || (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

async function runPlan(values: Record<string, string | boolean | string[] | undefined>, io: Io): Promise<number> {
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
    ...(values.model ? { modelFile: resolve(io.cwd, String(values.model)) } : {}),
  });
  return write(io.stdout, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result), 0);
}

type Progress = { file: string; records: number };

function showProgress(stderr: Output, { file, records }: Progress): void {
  stderr.write(`\r\u001b[Kchecking ${file}: ${records.toLocaleString("en")} records`);
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

function write(stream: Output, text: string, code: number): number {
  stream.write(text);
  return code;
}
