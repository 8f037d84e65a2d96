// A minimal Language Server Protocol client over stdio for the editor proofs: Content-Length
// framed JSON-RPC, answers the server's own requests with null, and collects the diagnostics it
// publishes per document.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
  code?: number | string;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly published = new Map<string, Diagnostic[][]>();
  private readonly waiters: (() => void)[] = [];

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: "pipe" });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** How many times diagnostics were published for `uri` so far (to wait for newer ones). */
  publishedCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /**
   * The first diagnostics published for `uri` after the `since`-th publication that satisfy
   * `done`, or the last ones by the deadline.
   */
  async diagnostics(
    uri: string,
    since: number,
    done: (d: Diagnostic[]) => boolean,
    timeoutMs = 20000,
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const newer = (this.published.get(uri) ?? []).slice(since);
      const found = newer.find(done);
      if (found) return found;
      if (Date.now() > deadline) return newer.at(-1) ?? [];
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async close(): Promise<void> {
    await this.request("shutdown", null);
    this.notify("exit", null);
    this.child.kill();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(
        header
          .split("\r\n")
          .find((h) => h.toLowerCase().startsWith("content-length:"))
          ?.split(":")[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown });
    }
  }

  private handle(message: { id?: number; method?: string; params?: unknown; result?: unknown }): void {
    if (message.method && message.id !== undefined) {
      this.send({ jsonrpc: "2.0", id: message.id, result: null });
      return;
    }
    if (message.method === "textDocument/publishDiagnostics") {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.published.set(uri, [...(this.published.get(uri) ?? []), diagnostics]);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
  }
}
