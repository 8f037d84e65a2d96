// The language server's wiring: open and changed documents are re-checked (debounced) from their
// unsaved buffers, diagnostics published for every file the check concerns; hover and quick
// fixes answer from the last check. Given a connection, so tests drive it over any pair of streams.
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  type Connection,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkOpenDocuments } from "./check-open-documents.js";
import { codeActions } from "./code-actions.js";
import { hover } from "./hover.js";
import { PublishedDiagnostics } from "./published-diagnostics.js";

/** Quiet time after the last edit before the check runs. */
const DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const published = new PublishedDiagnostics((params) => void connection.sendDiagnostics(params));
  let folders: string[] = [];
  const named = new Map<string, string[]>();

  connection.onInitialize((params): InitializeResult => {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "stepvideo-config" },
    };
  });

  // One check at a time; edits during a check schedule one more after it.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const recheck = async () => {
    try {
      published.update(await checkOpenDocuments(documents.all(), folders, named));
    } catch (error) {
      connection.console.error(`stepvideo-config: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(recheck);
    }, DEBOUNCE_MS);
  };
  documents.onDidOpen(schedule);
  documents.onDidChangeContent(schedule);
  documents.onDidClose(schedule);

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document ? hover(document, position, published.get(textDocument.uri)) : null;
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    return document ? codeActions(published.get(textDocument.uri), range, document.version) : [];
  });

  documents.listen(connection);
  connection.listen();
}
