// Runs the CLI's main() in-process with captured streams: from `cwd`, with `env` (default
// NO_COLOR=1) and, when given, `stdin` as standard input. `check` and `migrate` run with --no-cache:
// a script cache under fixtures/ would add files to the trees other suites walk
// (script-cache.test.ts covers the cache).
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli.js";

export const project = fileURLToPath(new URL("..", import.meta.url));

interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  isTTY?: boolean;
}

export async function runCli(args: string[], cwd = project, options: RunOptions = {}) {
  let stdout = "";
  let stderr = "";
  const [command, ...rest] = args;
  const uncached = command === "check" || command === "migrate" ? [command, "--no-cache", ...rest] : args;
  const status = await main(uncached, {
    stdout: { write: (text: string) => (stdout += text), ...(options.isTTY ? { isTTY: true } : {}) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: options.env ?? { NO_COLOR: "1" },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
  });
  return { status, stdout, stderr };
}
