import type { Io } from "../io.js";

/**
 * `pm lsp`: the language server on standard input and output, until the editor says exit. It
 * writes nothing else to stdout, which carries the protocol.
 */
export default async function lsp(_args: string[], _options: Record<string, unknown>, _io: Io): Promise<number> {
  const { startServer } = await import("../lsp/server.js");
  const connection = startServer(process.stdin, process.stdout);
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
