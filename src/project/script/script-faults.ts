// Why bash cannot run a launch script as written: binary content (a NUL byte), Windows line
// endings (bash reads the \r into every value, ShellCheck SC1017), or a syntax error. Each is
// located and described here; the check reports one per script under script-syntax.
import type { Node } from "./bash-parser.js";

/** The same shape as ScriptFault (evaluate-script.ts), which keeps the parser's types out of the public ones. */
interface Fault {
  messageId: "syntax" | "binary" | "crlf";
  line: number;
  column: number;
  problem: string;
}

type Locate = (offset: number) => { line: number; column: number };

/** A NUL byte (binary content) or a CRLF line ending, from the text alone. */
export function textFault(text: string, at: Locate): Fault | undefined {
  const nul = text.indexOf("\0");
  if (nul >= 0) return { messageId: "binary", ...at(nul), problem: "a NUL byte" };
  const crlf = text.indexOf("\r\n");
  if (crlf >= 0) return { messageId: "crlf", ...at(crlf), problem: "CRLF (Windows) line endings" };
  return undefined;
}

const UNCLOSED: Record<string, string> = {
  fi: '"if" without "fi"',
  done: '"do" without "done"',
  esac: '"case" without "esac"',
  "}": '"{" without "}"',
  ")": '"(" without ")"',
};

/** The first syntax error in a statement tree-sitter marked as erroneous (iteratively: trees nest deep). */
export function syntaxFault(statement: Node, at: Locate): Fault {
  const error = innermostError(statement);
  if (error.isMissing) {
    const opener = error.parent ?? error;
    const quote = error.type === '"' || error.type === "'" || error.type === "`";
    const delimiter = opener.children.find((c) => c?.type === "heredoc_start")?.text;
    const problem = quote
      ? `unterminated ${error.type} string`
      : delimiter !== undefined
        ? `here-document <<${delimiter} without its end line "${delimiter}"`
        : (UNCLOSED[error.type] ?? `missing "${error.type}"`);
    return { messageId: "syntax", ...at(opener.startIndex), problem };
  }
  // tree-sitter may wrap complete statements before the error in the ERROR node: skip them
  const start = error.children.find((c) => c && !(c.isNamed && COMPLETE.has(c.type)))?.startIndex ?? error.startIndex;
  const text = statement.tree.rootNode.text.slice(start, error.endIndex);
  if (/^['"`]/.test(text) && error.endIndex >= statement.tree.rootNode.endIndex)
    return { messageId: "syntax", ...at(start), problem: `unterminated ${text[0]} string` };
  const first = text.split("\n")[0]!.trim();
  const shown = first.length > 30 ? `${first.slice(0, 27)}...` : first;
  return { messageId: "syntax", ...at(start), problem: `unexpected ${JSON.stringify(shown)}` };
}

const COMPLETE = new Set([
  "comment",
  "command",
  "declaration_command",
  "variable_assignment",
  "variable_assignments",
  "redirected_statement",
  "pipeline",
  "list",
]);

/** The first ERROR or MISSING node in document order, descending into nested ERROR nodes. */
function innermostError(node: Node): Node {
  let current = node;
  for (;;) {
    const child = current.children.find((c) => c && (c.isError || c.isMissing || c.hasError));
    if (!child) return current;
    current = child;
  }
}
