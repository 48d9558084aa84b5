import { afterEach, describe, expect, it } from "vitest";
import { LspClient } from "../helpers/lsp-client.js";
import { CLEAN, QUEUE_BACKLOG, workspace } from "./fixtures.js";

const clients: LspClient[] = [];

function start(dir: string): LspClient {
  const client = new LspClient(dir);
  clients.push(client);
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
});

const open = (client: LspClient, uri: string, text: string, version = 1) => client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text } });

describe("pm lsp speaks the Language Server Protocol (built CLI)", () => {
  it("initialize, didOpen, didChange, diagnostics, hover, symbols, code actions, shutdown", async () => {
    const { dir, uri } = workspace();
    const client = start(dir);
    const init = await client.initialize(uri(""));
    expect(init.result.capabilities).toMatchObject({ hoverProvider: true, documentSymbolProvider: true, codeActionProvider: { codeActionKinds: ["quickfix"] }, textDocumentSync: 2 });
    expect(init.result.serverInfo.name).toBe("pm");

    const bad = uri("postmortems/2026-03-09-queue-backlog.md");
    let from = client.received.length;
    open(client, bad, QUEUE_BACKLOG);
    const published = (await client.diagnostics(bad, from)).params;
    expect(published.version).toBe(1);
    expect(published.diagnostics.map((each: any) => `${each.code} ${each.range.start.line}:${each.range.start.character}-${each.range.end.line}:${each.range.end.character} ${each.severity}`)).toEqual([
      "required-sections 6:0-6:51 1",
      "timeline-labels 22:0-22:51 2",
      "action-owner 29:0-29:132 1",
    ]);
    for (const each of published.diagnostics) {
      expect(each.source).toBe("pm");
      expect(each.codeDescription.href).toBe(`https://github.com/pm-postmortem/pm/blob/main/docs/rules/${each.code}.md`);
    }

    const clean = uri("postmortems/2026-04-09-search.md");
    from = client.received.length;
    open(client, clean, CLEAN);
    expect((await client.diagnostics(clean, from)).params.diagnostics).toEqual([]);

    // Three quick edits: only the last version is linted, once typing pauses.
    from = client.received.length;
    const entry = { start: { line: 22, character: 51 }, end: { line: 22, character: 51 } };
    client.notify("textDocument/didChange", { textDocument: { uri: bad, version: 2 }, contentChanges: [{ range: entry, text: " (h" }] });
    client.notify("textDocument/didChange", { textDocument: { uri: bad, version: 3 }, contentChanges: [{ range: { start: { line: 22, character: 54 }, end: { line: 22, character: 54 } }, text: "ypothesis, confirm with the consumer logs" }] });
    client.notify("textDocument/didChange", { textDocument: { uri: bad, version: 4 }, contentChanges: [{ range: { start: { line: 22, character: 95 }, end: { line: 22, character: 95 } }, text: ")" }] });
    const changed = (await client.diagnostics(bad, from, 4)).params;
    expect(changed.diagnostics.map((each: any) => each.code)).toEqual(["required-sections", "timeline-evidence", "action-owner"]);
    expect(changed.diagnostics[1].message).toContain("is a hypothesis with no way to confirm it");
    expect(client.received.slice(from).filter((message) => message.method === "textDocument/publishDiagnostics" && message.params.uri === bad).map((message) => message.params.version)).toEqual([4]);

    const hover = await client.request("textDocument/hover", { textDocument: { uri: bad }, position: { line: 29, character: 10 } });
    expect(hover.result.contents.kind).toBe("markdown");
    expect(hover.result.contents.value).toContain("**pm action-owner**: None of the 2 actions names an owner");
    expect(hover.result.contents.value).toContain("# action-owner");
    expect(hover.result.contents.value).toContain("## Why");
    expect(hover.result.contents.value).toContain("(https://github.com/pm-postmortem/pm/blob/main/docs/rules/action-owner.md)");
    expect((await client.request("textDocument/hover", { textDocument: { uri: bad }, position: { line: 12, character: 3 } })).result).toBeNull();

    const symbols = (await client.request("textDocument/documentSymbol", { textDocument: { uri: bad } })).result;
    const title = symbols[0];
    expect(title.name).toBe("Queue backlog after a poison message (2026-03-09)");
    const timeline = title.children.find((each: any) => each.name === "Timeline");
    expect(timeline.children.map((each: any) => `${each.name} [${each.detail}]`)).toEqual([
      "10:02 Queue depth alert fires (fact, source: alert 991) [fact]",
      "10:15 The consumer stalled on a malformed message (hypothesis, co… [hypothesis]",
      "10:40 Consumer restarted with the message skipped (fact, source: … [fact]",
    ]);
    const actions = title.children.find((each: any) => each.name === "Action items");
    expect(actions.children.map((each: any) => each.name)).toEqual(["Add a dead-letter queue for the order consumer", "Alert on consumer lag above 5 minutes"]);

    const fixes = (await client.request("textDocument/codeAction", { textDocument: { uri: bad }, range: { start: { line: 29, character: 0 }, end: { line: 29, character: 0 } }, context: { diagnostics: [] } })).result;
    expect(fixes.map((fix: any) => fix.title)).toEqual(['Add the missing "Owner" column to the action table']);
    const edits = fixes[0].edit.changes[bad];
    expect(edits.map((edit: any) => `${edit.range.start.line}:${edit.range.start.character} ${JSON.stringify(edit.newText)}`)).toEqual([
      '27:33 " Owner |"',
      '28:13 " --- |"',
      '29:132 "  |"',
      '30:111 "  |"',
    ]);

    expect(await client.shutdown()).toBe(0);
  });
});

describe("pm lsp checks what pm lint would check, with each document's nearest config (built CLI)", () => {
  it("lints documents in the postmortems folder only, takes the nearest config, and nothing outside the workspace", async () => {
    const { dir, uri } = workspace();
    const client = start(dir);
    await client.initialize(uri(""));
    const quiet = uri("postmortems/quiet/2026-03-09-queue-backlog.md");
    let from = client.received.length;
    open(client, quiet, QUEUE_BACKLOG);
    expect((await client.diagnostics(quiet, from)).params.diagnostics.map((each: any) => each.code)).toEqual(["timeline-labels", "action-owner"]);
    const [mark, ...others] = (await client.request("textDocument/codeAction", { textDocument: { uri: quiet }, range: { start: { line: 22, character: 3 }, end: { line: 22, character: 3 } }, context: { diagnostics: [] } })).result;
    expect(others).toEqual([]);
    expect(mark.title).toBe('Mark this timeline entry "(hypothesis)"');
    expect(mark.diagnostics.map((each: any) => each.code)).toEqual(["timeline-labels"]);
    expect(mark.edit.changes[quiet]).toEqual([{ range: { start: { line: 22, character: 51 }, end: { line: 22, character: 51 } }, newText: " (hypothesis)" }]);

    for (const [target, text] of [
      [uri("README.md"), "# Team notes\n\nOwner: TBD\n"],
      ["file:///somewhere/else/postmortems/2026-01-01-x.md", QUEUE_BACKLOG],
      ["untitled:Untitled-1", QUEUE_BACKLOG],
    ] as const) {
      from = client.received.length;
      open(client, target, text);
      expect((await client.diagnostics(target, from)).params.diagnostics).toEqual([]);
      expect((await client.request("textDocument/hover", { textDocument: { uri: target }, position: { line: 2, character: 1 } })).result).toBeNull();
    }
    expect(await client.shutdown()).toBe(0);
  });

  it("a broken config is one error at the top of the document, not a crash", async () => {
    const { dir, uri } = workspace();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/postmortems/quiet/.pmrc.yaml`, "rules:\n  no-such-rule: error\n");
    const client = start(dir);
    await client.initialize(uri(""));
    const quiet = uri("postmortems/quiet/2026-03-09-queue-backlog.md");
    const from = client.received.length;
    open(client, quiet, QUEUE_BACKLOG);
    const [only, ...rest] = (await client.diagnostics(quiet, from)).params.diagnostics;
    expect(rest).toEqual([]);
    expect(only.severity).toBe(1);
    expect(only.message).toMatch(/^pm: .*\.pmrc\.yaml.*no-such-rule/);
    expect(await client.shutdown()).toBe(0);
  });
});

describe("pm lsp never dies on what a client sends (built CLI)", () => {
  it("keeps serving after malformed JSON, unknown methods, bad params, a 5 MB document and binary text", async () => {
    const { dir, uri } = workspace();
    const client = start(dir);
    // Before initialize: an answer, not a crash.
    const early = await client.request("textDocument/hover", { textDocument: { uri: uri("postmortems/x.md") }, position: { line: 0, character: 0 } });
    expect(early.error ?? early.result ?? null).not.toBeUndefined();
    await client.initialize(uri(""));

    // Well framed, but not JSON, not a message, or a message of no known shape.
    for (const body of ["{not json at }", "[1,2,3]\u0000", '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":99,"method":7}', "\uFFFD\u0001binary"]) {
      client.sendRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    const unknown = await client.request("pm/noSuchMethod", {});
    expect(unknown.error?.code).toBe(-32601);
    for (const params of [undefined, null, {}, { textDocument: {} }, { textDocument: { uri: 42 }, position: "here" }, { textDocument: { uri: uri("postmortems/2026-03-09-queue-backlog.md") }, position: { line: -5, character: 1e9 } }]) {
      const answer = await client.request("textDocument/hover", params);
      expect(answer.result ?? null).toBeNull();
      expect((await client.request("textDocument/documentSymbol", params)).result ?? []).toEqual([]);
      expect((await client.request("textDocument/codeAction", params)).result ?? []).toEqual([]);
    }
    // Edits for a document that was never opened, and a second open of the same one.
    client.notify("textDocument/didChange", { textDocument: { uri: uri("postmortems/never.md"), version: 2 }, contentChanges: [{ text: "x" }] });
    client.notify("textDocument/didClose", { textDocument: { uri: uri("postmortems/never.md") } });

    const big = uri("postmortems/2026-05-01-big.md");
    let from = client.received.length;
    open(client, big, `${QUEUE_BACKLOG}\n${"A line of a very long appendix that goes on.\n".repeat(120_000)}`);
    const [tooBig, ...none] = (await client.diagnostics(big, from)).params.diagnostics;
    expect(none).toEqual([]);
    expect(tooBig.message).toMatch(/^pm: not checked: 5\.\d MB is over the 2(\.0)? MB limit \(maxFileBytes in the config\)$/);

    const binary = uri("postmortems/2026-05-02-binary.md");
    from = client.received.length;
    open(client, binary, "# Title\u0000\u0001\u0002\uFFFD\n".repeat(50));
    expect((await client.diagnostics(binary, from)).params.diagnostics.map((each: any) => each.message)).toEqual(["pm: not checked: the text contains NUL characters, so it looks binary, not Markdown"]);

    // Still serving: a real document is linted as usual.
    const bad = uri("postmortems/2026-03-09-queue-backlog.md");
    from = client.received.length;
    open(client, bad, QUEUE_BACKLOG);
    expect((await client.diagnostics(bad, from)).params.diagnostics).toHaveLength(3);
    expect(client.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(await client.shutdown()).toBe(0);
  }, 90_000);

  it("exits when the editor goes away without saying so", async () => {
    const { dir, uri } = workspace();
    const client = start(dir);
    await client.initialize(uri(""));
    client.process.stdin.end();
    expect(await client.exited).not.toBeNull();
  });
});
