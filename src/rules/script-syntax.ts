// script-syntax: a launch script bash cannot run as written: a syntax error (bash exits there),
// binary content, or CRLF line endings (every value ends in \r). Found while the script is
// evaluated; the check reports it once per selected script (engine/script-fault-diagnostics.ts).
import type { RunRule } from "./rule-types.js";

export const scriptSyntax: RunRule = {
  meta: {
    id: "script-syntax",
    description:
      "A launch script bash cannot run as written: a syntax error (unterminated quote, `if` without `fi`, " +
      "here-document without its end), binary content, or Windows (CRLF) line endings.",
    severity: "error",
    scope: "run",
    stage: "semantic",
    messages: {
      syntax: "bash stops at a syntax error here ({{problem}}); nothing from this command on runs",
      binary: "the script holds binary content ({{problem}}); bash cannot run it as a shell script",
      crlf: "the script has Windows (CRLF) line endings: bash reads a \\r into every value and command",
      unreadable: "the script {{problem}}: it cannot be read, and bash cannot run it",
    },
  },
  check() {
    // Reported by the check from the script's evaluation, whether or not the script starts a run.
  },
};
