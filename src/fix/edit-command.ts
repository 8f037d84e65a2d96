// The CLI side of `check --fix`, `check --fix-dry-run` and `migrate --to <release> [--dry-run]`:
// computes the edits (library fix/migrate), then prints them as a unified diff or writes them
// atomically. After a write the CLI checks the files as usual, so what could not be fixed or
// migrated is reported (under the target release for migrate).
import { UsageError } from "../errors.js";
import { escapeControls } from "../formatters/escape-text.js";
import type { CheckOptions } from "../types.js";
import type { EditResult } from "./edit-files.js";
import { unifiedDiff } from "./unified-diff.js";
import { writeChanges } from "./write-changes.js";

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface EditFlags {
  fix: boolean;
  "fix-dry-run": boolean;
  "dry-run": boolean;
  to?: string | undefined;
}

/** An exit code (a dry run is done), or the options of the check that reports what is left. */
export async function editBeforeCheck(
  command: "check" | "migrate",
  flags: EditFlags,
  options: CheckOptions,
  io: { stdout: Output; stderr: Output },
): Promise<number | CheckOptions> {
  if (command === "migrate") {
    if (!flags.to) throw new UsageError("migrate needs the release to migrate to: --to RELEASE.");
    if (options.release) throw new UsageError("migrate takes --to RELEASE, not --release.");
    if (flags.fix || flags["fix-dry-run"])
      throw new UsageError("migrate applies the safe fixes itself; preview it with --dry-run.");
    const { migrate } = await import("../migrate/migrate-files.js");
    const result = await migrate({ ...options, to: flags.to });
    return finish(result, flags["dry-run"], io, { ...options, release: flags.to });
  }
  if (flags.to || flags["dry-run"])
    throw new UsageError("--to and --dry-run belong to migrate; check takes --fix-dry-run.");
  if (flags.fix && flags["fix-dry-run"]) throw new UsageError("Use --fix or --fix-dry-run, not both.");
  const { fix } = await import("./fix-files.js");
  return finish(await fix(options), flags["fix-dry-run"], io, options);
}

async function finish(
  result: EditResult,
  dryRun: boolean,
  io: { stdout: Output; stderr: Output },
  options: CheckOptions,
): Promise<number | CheckOptions> {
  for (const { file, reason } of result.skipped)
    io.stderr.write(`${escapeControls(file)}: left unchanged (${reason})\n`);
  if (dryRun) {
    const diff = result.changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join("");
    // Raw when piped (so `git apply` takes it); escaped on a terminal, where a bidi override could mislead.
    io.stdout.write(io.stdout.isTTY ? escapeControls(diff, true) : diff);
    return result.changes.length > 0 ? 1 : 0;
  }
  await writeChanges(result.changes);
  for (const change of result.changes)
    io.stderr.write(`${escapeControls(change.file)}: ${change.applied.map((t) => escapeControls(t)).join("; ")}\n`);
  return options;
}
