// A language client for tests: vscode-languageserver's protocol connection speaking JSON-RPC as an
// editor does, to our server in-process (start: a pair of in-memory streams) or to any server over
// a child's stdio (connect). Waits on publishDiagnostics notifications rather than on timers.
import { PassThrough, type Readable, type Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  type CodeAction,
  createConnection,
  createProtocolConnection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { startServer } from "../src/lsp/server.js";

type Waiter = { uri: string; until: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void };

export class TestClient {
  readonly latest = new Map<string, Diagnostic[]>();
  capabilities?: InitializeResult;
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(private readonly connection: ProtocolConnection) {
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params.diagnostics);
      for (const w of [...this.waiters])
        if (w.uri === params.uri && w.until(params.diagnostics)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(params.diagnostics);
        }
    });
  }

  /** Starts a server in this process and initializes it with `root` as the workspace folder. */
  static start(root: string): Promise<TestClient> {
    const [toServer, toClient] = [new PassThrough(), new PassThrough()];
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    return TestClient.connect(toClient, toServer, root);
  }

  /** Connects to a server reading `toServer` and writing `fromServer`, and initializes it. */
  static async connect(fromServer: Readable, toServer: Writable, root: string): Promise<TestClient> {
    const connection = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    connection.listen();
    const client = new TestClient(connection);
    const uri = pathToFileURL(root).href;
    client.capabilities = await connection.sendRequest("initialize", {
      processId: null,
      rootUri: uri,
      workspaceFolders: [{ uri, name: "tree" }],
      capabilities: {},
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  async open(path: string, text: string): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.versions.set(uri, 1);
    const languageId = path.endsWith(".sh") ? "sh" : "json";
    await this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId, version: 1, text },
    });
    return uri;
  }

  /** workspace/didChangeConfiguration, as an editor sends its settings. */
  async configure(settings: unknown): Promise<void> {
    await this.connection.sendNotification("workspace/didChangeConfiguration", { settings });
  }

  /** Replaces the whole buffer, unsaved. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /** The next published diagnostics of `uri` that satisfy `until` (the latest, if they already do). */
  diagnostics(uri: string, until: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const now = this.latest.get(uri);
    if (now && until(now)) return Promise.resolve(now);
    return new Promise((resolve) => this.waiters.push({ uri, until, resolve }));
  }

  codeActions(uri: string, range: Range): Promise<CodeAction[]> {
    return this.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range,
      context: { diagnostics: [] },
    });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character } });
  }

  /** The orderly end of a session: shutdown, then exit. */
  async shutdown(): Promise<void> {
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
  }

  dispose(): void {
    this.connection.dispose();
  }
}
