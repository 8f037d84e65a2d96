// `stepvideo-config lsp`: the language server on stdin/stdout. vscode-languageserver ends the
// process itself, on the client's `exit` notification or when stdin closes, so this never resolves.
import { createConnection } from "vscode-languageserver/node";
import { startServer } from "./server.js";

export function serveStdio(): Promise<number> {
  startServer(createConnection(process.stdin, process.stdout));
  return new Promise<number>(() => {});
}
