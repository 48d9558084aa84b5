import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { BIN } from "./cli.js";

export interface RpcMessage {
  jsonrpc: "2.0";
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/**
 * A client that speaks the Language Server Protocol's wire format (Content-Length framed JSON-RPC)
 * to the built `pm lsp`, byte for byte, so tests can also send what a well-behaved client never would.
 */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly received: RpcMessage[] = [];
  stderr = "";
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(cwd: string) {
    this.process = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    this.process.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdout.on("data", (chunk: Buffer) => this.read(chunk));
    this.exited = new Promise((resolve) => this.process.on("exit", (code) => resolve(code)));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      this.received.push(JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  sendRaw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  send(message: Omit<RpcMessage, "jsonrpc">): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request and waits for its response (result or error). */
  async request(method: string, params?: unknown): Promise<RpcMessage> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor((message) => message.id === id && message.method === undefined);
  }

  /** The first message received (so far or later) that matches, within the time limit. */
  async waitFor(match: (message: RpcMessage) => boolean, timeoutMs = 20_000, from = 0): Promise<RpcMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map((each) => each.method ?? each.id))}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next diagnostics published for a URI after `from` messages, optionally for a given version. */
  diagnostics(uri: string, from: number, version?: number) {
    return this.waitFor((message) => message.method === "textDocument/publishDiagnostics" && message.params.uri === uri && (version === undefined || message.params.version === version), 20_000, from);
  }

  async initialize(rootUri: string): Promise<RpcMessage> {
    const response = await this.request("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "workspace" }], capabilities: {} });
    this.notify("initialized", {});
    return response;
  }

  async shutdown(): Promise<number | null> {
    await this.request("shutdown");
    this.notify("exit");
    return this.exited;
  }
}
