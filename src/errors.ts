// Errors the library throws on purpose. A UsageError is the caller's mistake (an unknown option, a
// path that does not exist): the CLI prints its message and exits 2 without a stack trace.
export class UsageError extends Error {
  override name = "UsageError";
}
