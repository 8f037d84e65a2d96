// Names the bundle's code-cache entry (cli-code-cache.ts) after the shape of the command line. V8
// caches the functions a run had compiled by its end, and an entry, once written, is kept: were
// there one entry for every command line, the first run would decide it for good, and an entry
// made by `--version` or a one-file check holds little of what a tree check runs (which then
// compiled most of its code again on every run). The shape is the command line with each word
// reduced to what decides the code that runs: a flag by its name, the command as written, any
// other word by its kind (.json, .sh or another). It names an entry and parses nothing: a word
// taken for the wrong kind costs an entry, never an answer.
const COMMAND_WORD = /^[a-z]+$/;

export function argvShape(argv: readonly string[]): string {
  let command = "";
  const words = new Set<string>();
  for (const arg of argv) {
    if (arg.startsWith("-")) words.add(arg.split("=", 1)[0]!);
    else if (!command && COMMAND_WORD.test(arg)) command = arg;
    else words.add(arg.endsWith(".json") ? "*.json" : arg.endsWith(".sh") ? "*.sh" : "*");
  }
  return [command, ...[...words].sort()].filter(Boolean).join(" ");
}
