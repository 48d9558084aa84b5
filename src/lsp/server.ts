import type { Readable, Writable } from "node:stream";
import { TextDocumentSyncKind, TextDocuments, createConnection, DiagnosticSeverity, MarkupKind, type Connection, type Diagnostic, type InitializeParams } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { vocabularyOf } from "../config.js";
import { formatBytes } from "../files.js";
import { lintModel } from "../lint/lint-text.js";
import type { LintMessage } from "../lint/types.js";
import { localToday } from "../model/dates.js";
import { extract } from "../model/extract.js";
import type { PostmortemDoc } from "../model/types.js";
import { PACKAGE_VERSION } from "../package-info.js";
import { codeActions, documentSymbols, hoverMarkdown, toDiagnostic } from "./features.js";
import { fileOfUri, Workspace } from "./workspace.js";

/** How long typing must pause before a document is linted again. */
const DEBOUNCE_MS = 200;

interface Linted {
  version: number;
  doc: PostmortemDoc;
  messages: LintMessage[];
}

/** One diagnostic at the top of the document, for a document pm read but would not check (too large, binary, a broken config). */
function notice(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: "pm", message };
}

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(fileOfUri).filter((root): root is string => root !== null);
}

/**
 * `pm lint` as a language server: diagnostics as the author types, hover with the rule's docs,
 * the document's outline and the exact repairs as code actions. Every handler answers with an
 * empty result rather than throw, so a client's odd request never ends the session.
 */
export function startServer(input: Readable, output: Writable): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  let workspace = new Workspace([]);

  /** Runs a handler's work; a failure goes to the client's log and is answered with the fallback. */
  function safely<R>(fallback: R, work: () => R): R {
    try {
      return work();
    } catch (error) {
      connection.console.error(`pm: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** The model and findings of an open document as it is now, linting it first when it changed since. */
  function current(uri: unknown): Linted | null {
    if (typeof uri !== "string") return null;
    const document = documents.get(uri);
    if (!document) return null;
    const known = linted.get(uri);
    if (known && known.version === document.version) return known;
    lint(document);
    return linted.get(uri) ?? null;
  }

  function lint(document: TextDocument): void {
    const settings = workspace.settingsFor(document.uri);
    linted.delete(document.uri);
    if (settings.problem) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: settings.problem.shown ? [notice(`pm: ${settings.problem.message}`, DiagnosticSeverity.Error)] : [] });
      return;
    }
    const { config } = settings;
    const text = document.getText();
    const bytes = Buffer.byteLength(text);
    if (bytes > config.maxFileBytes) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [notice(`pm: not checked: ${formatBytes(bytes)} is over the ${formatBytes(config.maxFileBytes)} limit (maxFileBytes in the config)`)] });
      return;
    }
    if (text.includes("\u0000")) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [notice("pm: not checked: the text contains NUL characters, so it looks binary, not Markdown")] });
      return;
    }
    const doc = extract(fileOfUri(document.uri)!, text, vocabularyOf(config));
    const messages = lintModel(doc, config, localToday()).messages;
    linted.set(document.uri, { version: document.version, doc, messages });
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: messages.map(toDiagnostic) });
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(
        () =>
          safely(undefined, () => {
            timers.delete(document.uri);
            const latest = documents.get(document.uri);
            if (latest) lint(latest);
          }),
        delay,
      ),
    );
  }

  connection.onInitialize((params: InitializeParams) => {
    workspace = safely(new Workspace([]), () => new Workspace(workspaceRoots(params ?? ({} as InitializeParams))));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
      },
      serverInfo: { name: "pm", version: PACKAGE_VERSION },
    };
  });

  // The first version is linted at once; edits wait for a pause in typing.
  documents.onDidChangeContent(({ document }) => safely(undefined, () => schedule(document, linted.has(document.uri) || timers.has(document.uri) ? DEBOUNCE_MS : 0)));
  documents.onDidClose(({ document }) =>
    safely(undefined, () => {
      clearTimeout(timers.get(document.uri));
      timers.delete(document.uri);
      linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  // Clients may send anything: every field of the params is checked before use.
  connection.onHover((params) =>
    safely(null, () => {
      const state = current(params?.textDocument?.uri);
      const position = params?.position;
      if (!state || typeof position?.line !== "number" || typeof position.character !== "number") return null;
      const value = hoverMarkdown(state.messages, position.line, position.character);
      return value ? { contents: { kind: MarkupKind.Markdown, value } } : null;
    }),
  );
  connection.onDocumentSymbol((params) =>
    safely([], () => {
      const state = current(params?.textDocument?.uri);
      return state ? documentSymbols(state.doc) : [];
    }),
  );
  connection.onCodeAction((params) =>
    safely([], () => {
      const state = current(params?.textDocument?.uri);
      const range = params?.range;
      if (!state || typeof range?.start?.line !== "number" || typeof range?.end?.line !== "number") return [];
      return codeActions(state.doc, state.messages, params.textDocument.uri, range);
    }),
  );

  documents.listen(connection);
  connection.listen();
  return connection;
}
