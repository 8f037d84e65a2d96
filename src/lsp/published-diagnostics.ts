// What the server last told the editor, per file: the library diagnostics behind each published
// list and the text they were computed on, so hover and code actions answer from the same check.
// Files that had diagnostics and have none now are published empty, which clears them.
import { resolve } from "node:path";
import type { Diagnostic as LspDiagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../types.js";
import type { OpenCheck } from "./check-open-documents.js";
import { fileUri, toLspDiagnostic } from "./to-lsp-diagnostic.js";

/** One file's diagnostics as published, with the library's originals at the same index. */
export interface PublishedFile {
  uri: string;
  diagnostics: Diagnostic[];
  lsp: LspDiagnostic[];
  /** The text the check read (open buffers only): offsets of fixes refer to it. */
  snapshot?: TextDocument;
}

export class PublishedDiagnostics {
  private files = new Map<string, PublishedFile>();

  constructor(private readonly publish: (params: PublishDiagnosticsParams) => void) {}

  get(uri: string): PublishedFile | undefined {
    return this.files.get(uri);
  }

  /** Publishes the checks' diagnostics for every file they concern and clears the files left. */
  update(checks: OpenCheck[]): void {
    const next = new Map<string, PublishedFile>();
    for (const { report, open } of checks) {
      // An open file keeps the URI the editor spelled it with.
      const uriOf = (file: string) => open.get(resolve(report.root, file))?.uri ?? fileUri(report.root, file);
      for (const { uri, version, text } of open.values())
        next.set(uri, { uri, diagnostics: [], lsp: [], snapshot: TextDocument.create(uri, "", version, text) });
      for (const d of report.diagnostics) {
        const uri = uriOf(d.file);
        const file = next.get(uri) ?? { uri, diagnostics: [], lsp: [] };
        file.diagnostics.push(d);
        file.lsp.push(toLspDiagnostic(d, report.root));
        next.set(uri, file);
      }
    }
    for (const uri of this.files.keys()) if (!next.has(uri)) this.publish({ uri, diagnostics: [] });
    for (const file of next.values())
      this.publish({
        uri: file.uri,
        ...(file.snapshot ? { version: file.snapshot.version } : {}),
        diagnostics: file.lsp,
      });
    this.files = next;
  }
}
