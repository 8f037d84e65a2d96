// Runs the CLI in-process with captured streams, for the suites of the commands that edit files.
import { main } from "../src/cli.js";

export async function runCli(args: string[], cwd: string, isTTY = false) {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: { NO_COLOR: "1" },
  });
  return { status, stdout, stderr };
}
