import { readFileSync } from "node:fs";
import { CodeActionKind, DiagnosticSeverity, SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type Range, type TextEdit } from "vscode-languageserver";
import { short } from "../lint/text.js";
import type { LintMessage } from "../lint/types.js";
import { mapColumns, type FieldKey } from "../model/fields.js";
import type { PostmortemDoc } from "../model/types.js";

/** A 1-based line and column (pm's) as an LSP position (0-based). */
function at(line: number, column: number) {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

function lineRange(lines: readonly string[], line: number, endLine = line): Range {
  return { start: at(line, 1), end: at(endLine, (lines[endLine - 1]?.length ?? 0) + 1) };
}

export function sourceLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  return {
    range: { start: at(message.line, message.column), end: at(message.endLine, message.endColumn) },
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: "pm",
    message: message.message,
  };
}

function contains(message: LintMessage, line: number, character: number): boolean {
  const start = at(message.line, message.column);
  const end = at(message.endLine, message.endColumn);
  if (line < start.line || line > end.line) return false;
  if (line === start.line && character < start.character) return false;
  return !(line === end.line && character > end.character);
}

const docsCache = new Map<string, string | null>();

/** A rule's documentation page (docs/rules/ID.md, shipped with pm) up to its examples, or null when there is none. */
function ruleDocs(ruleId: string): string | null {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
  if (!docsCache.has(ruleId)) {
    let text: string | null;
    try {
      text = readFileSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url), "utf8");
      // The Fails/Passes examples are long for a hover; the link below leads to them.
      text = text.split(/^## (?:Fails|Passes|Examples)\b/m)[0]!.trim();
    } catch {
      text = null;
    }
    docsCache.set(ruleId, text);
  }
  return docsCache.get(ruleId)!;
}

/** The hover over a finding's range: its message, then its rule's documentation and a link to all of it. */
export function hoverMarkdown(messages: readonly LintMessage[], line: number, character: number): string | null {
  const here = messages.filter((message) => contains(message, line, character));
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const message of here) {
    parts.push(`**pm ${message.ruleId}**: ${message.message}`);
    if (seen.has(message.ruleId)) continue;
    seen.add(message.ruleId);
    const docs = ruleDocs(message.ruleId);
    if (docs) parts.push(docs);
    parts.push(`[${message.ruleId} documentation](${message.url})`);
  }
  return parts.join("\n\n");
}

/** `pm inspect`'s reading as an outline: sections nested as written, each holding its timeline entries and actions. */
export function documentSymbols(doc: PostmortemDoc): DocumentSymbol[] {
  const lines = sourceLines(doc.text);
  const symbols = doc.sections.map((section): DocumentSymbol => ({
    name: section.title.trim() || "(untitled section)",
    detail: section.ownKind ?? "",
    kind: SymbolKind.Namespace,
    range: lineRange(lines, section.line, Math.max(section.line, section.endLine)),
    selectionRange: lineRange(lines, section.line),
    children: [],
  }));
  const roots: DocumentSymbol[] = [];
  doc.sections.forEach((section, index) => (section.parent >= 0 ? symbols[section.parent]!.children!.push(symbols[index]!) : roots.push(symbols[index]!)));
  const holder = (line: number): DocumentSymbol[] => {
    let innermost = -1;
    doc.sections.forEach((section, index) => {
      if (section.line <= line && line <= section.endLine) innermost = index;
    });
    return innermost >= 0 ? symbols[innermost]!.children! : roots;
  };
  for (const entry of doc.timeline) {
    const name = [entry.time?.text, short(entry.event || entry.text, 60)].filter(Boolean).join(" ") || "(timeline entry)";
    holder(entry.line).push({ name, detail: entry.label ?? "unlabelled", kind: SymbolKind.Event, range: lineRange(lines, entry.line), selectionRange: lineRange(lines, entry.line) });
  }
  for (const action of doc.actions) {
    const detail = [action.owner?.text, action.due?.text, action.status].filter(Boolean).join(" · ");
    holder(action.line).push({ name: short(action.title, 60) || "(action)", detail, kind: SymbolKind.Function, range: lineRange(lines, action.line), selectionRange: lineRange(lines, action.line) });
  }
  const byLine = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line - b.range.start.line;
  const sort = (list: DocumentSymbol[]) => {
    list.sort(byLine);
    for (const symbol of list) if (symbol.children) sort(symbol.children);
  };
  sort(roots);
  return roots;
}

/** The columns an action table can be missing, each with the rule that asks for it and the header to add. */
const MISSING_COLUMNS: Array<{ key: FieldKey; ruleId: string; header: string }> = [
  { key: "owner", ruleId: "action-owner", header: "Owner" },
  { key: "due", ruleId: "action-due-date", header: "Due" },
  { key: "success", ruleId: "action-success-signal", header: "Success signal" },
];

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** An action table's lines (header, delimiter, rows; 1-based) found from one of its rows, or null when the source is not a plain pipe table there. */
function tableAround(lines: readonly string[], rowLine: number): { header: number; last: number } | null {
  let delimiter = rowLine - 1;
  while (delimiter > 1 && !DELIMITER_ROW.test(lines[delimiter - 1] ?? "")) {
    if (!(lines[delimiter - 1] ?? "").includes("|")) return null;
    delimiter--;
  }
  const header = delimiter - 1;
  if (header < 1 || !DELIMITER_ROW.test(lines[delimiter - 1] ?? "") || !(lines[header - 1] ?? "").includes("|")) return null;
  let last = rowLine;
  while (last < lines.length && (lines[last] ?? "").includes("|") && (lines[last] ?? "").trim() !== "") last++;
  return { header, last };
}

/** Adds one cell at the end of a table row: the header's name, the delimiter's dashes, an empty cell in the rows. */
function appendCell(lines: readonly string[], line: number, cell: string): TextEdit {
  const text = lines[line - 1]!;
  const end = text.trimEnd().length;
  const piped = text.trimEnd().endsWith("|");
  return { range: { start: at(line, end + 1), end: at(line, end + 1) }, newText: piped ? ` ${cell} |` : ` | ${cell}` };
}

function hypothesisWord(fact: string): string {
  if (fact === fact.toUpperCase()) return "HYPOTHESIS";
  return fact[0] === "F" ? "Hypothesis" : "hypothesis";
}

/**
 * The repairs that are exact, for the findings in a range: add the missing Owner, Due or Success
 * signal column to an action table, and mark a timeline entry "(hypothesis)" (or relabel one whose
 * "fact" label states a guess). Anything else needs the author.
 */
export function codeActions(doc: PostmortemDoc, messages: readonly LintMessage[], uri: string, range: Range): CodeAction[] {
  const lines = sourceLines(doc.text);
  const first = range.start.line + 1;
  const last = range.end.line + 1;
  const touches = (from: number, to: number) => from <= last && to >= first;
  const actions: CodeAction[] = [];
  const findingsOn = (ruleId: string, from: number, to: number) => messages.filter((message) => message.ruleId === ruleId && message.line >= from && message.line <= to);

  const tables = new Map<number, { header: number; last: number }>();
  for (const action of doc.actions) {
    if (action.shape !== "table") continue;
    const table = tableAround(lines, action.line);
    if (table && touches(table.header, table.last)) tables.set(table.header, table);
  }
  for (const table of tables.values()) {
    const columns = mapColumns(cells(lines[table.header - 1]!), "actions");
    for (const missing of MISSING_COLUMNS) {
      if (columns.includes(missing.key)) continue;
      const findings = findingsOn(missing.ruleId, table.header, table.last);
      if (findings.length === 0) continue;
      const edits: TextEdit[] = [];
      for (let line = table.header; line <= table.last; line++) edits.push(appendCell(lines, line, line === table.header ? missing.header : line === table.header + 1 ? "---" : ""));
      actions.push({ title: `Add the missing "${missing.header}" column to the action table`, kind: CodeActionKind.QuickFix, diagnostics: findings.map(toDiagnostic), edit: { changes: { [uri]: edits } } });
    }
  }

  for (const entry of doc.timeline) {
    if (!touches(entry.line, entry.line)) continue;
    // timeline-labels asks for a label; timeline-fact-hypothesis objects to a "fact" worded as a guess.
    const findings = [...findingsOn("timeline-labels", entry.line, entry.line), ...findingsOn("timeline-fact-hypothesis", entry.line, entry.line)];
    const text = lines[entry.line - 1] ?? "";
    let edit: TextEdit | null = null;
    if (entry.label === null && entry.shape !== "table" && text.trim() !== "") {
      const end = text.trimEnd().length;
      edit = { range: { start: at(entry.line, end + 1), end: at(entry.line, end + 1) }, newText: " (hypothesis)" };
    } else if (entry.label === "fact" && entry.labelText && findings.length > 0) {
      const start = text.indexOf(entry.labelText);
      const fact = /fact/i.exec(entry.labelText);
      if (start >= 0 && fact) {
        const column = start + fact.index + 1;
        edit = { range: { start: at(entry.line, column), end: at(entry.line, column + fact[0].length) }, newText: hypothesisWord(fact[0]) };
      }
    }
    if (edit) actions.push({ title: 'Mark this timeline entry "(hypothesis)"', kind: CodeActionKind.QuickFix, diagnostics: findings.map(toDiagnostic), edit: { changes: { [uri]: [edit] } } });
  }
  return actions;
}
