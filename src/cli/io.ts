// What the CLI reads and writes of its surroundings, passed in so main() runs in-process in tests:
// streams, cwd, environment and standard input (default: this process's).
import type { Input } from "./read-stdin.js";

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Where the CLI writes and what it reads of its surroundings (default: this process's cwd, env and stdin). */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: Input;
}

export type Io = Required<CliIo>;
