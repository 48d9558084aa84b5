// A minimal VS Code client for `pm lsp`: it starts the server for Markdown files and leaves
// everything else (which files are checked, with which config) to the server.
const { existsSync } = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function pmCommand() {
  const configured = vscode.workspace.getConfiguration("pm").get("command");
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, "node_modules", ".bin", process.platform === "win32" ? "pm.cmd" : "pm");
    if (existsSync(local)) return local;
  }
  return "pm";
}

exports.activate = async function activate() {
  const server = { command: pmCommand(), args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient("pm", "pm", server, { documentSelector: [{ scheme: "file", language: "markdown" }] });
  await client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
