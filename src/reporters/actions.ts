/**
 * The formats of `pm actions`: a table that fits the terminal (with a per-owner summary), JSON,
 * CSV (RFC 4180) and Markdown for a weekly review. Plain functions from rows to text.
 */
import type { ChalkInstance } from "chalk";
import { isOpen } from "../model/predicates.js";
import { summariseByOwner, type OwnerSummary, type TrackedAction } from "../tracker/tracker.js";

export const ACTION_FORMATS = ["table", "json", "csv", "markdown"] as const;
export type ActionFormat = (typeof ACTION_FORMATS)[number];

export interface ActionReport {
  /** The rows to show, already filtered and sorted. */
  actions: TrackedAction[];
  /** How many actions the documents hold before filtering, and in how many documents. */
  total: number;
  documents: number;
}

const STATUS_WORDS: Record<TrackedAction["status"], string> = {
  open: "open",
  "in-progress": "in progress",
  done: "done",
  dropped: "dropped",
};

function dueCell(action: TrackedAction): string {
  return action.due ?? action.dueText ?? "";
}

function overdueCell(action: TrackedAction): string {
  if (action.daysOverdue === null) return "";
  return `${action.daysOverdue} day${action.daysOverdue === 1 ? "" : "s"}`;
}

function oneLine(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

// -- table ----------------------------------------------------------------------------------------

interface ColumnLayout {
  /** Narrowest useful width when the terminal is tight; columns without one never shrink. */
  min?: number;
  /** Share of the spare width this column gets when columns must shrink. */
  weight?: number;
  right?: boolean;
  /** Cut from the start instead of the end: a path's file name matters more than its folders. */
  keepEnd?: boolean;
}

interface Column extends ColumnLayout {
  header: string;
  cell: (action: TrackedAction) => string;
  /** Columns left out on a narrow terminal, lowest first, when even their minimum widths don't fit. */
  dropOrder?: number;
}

const TABLE_COLUMNS: Column[] = [
  { header: "Document", cell: (action) => `${action.document}:${action.line}`, min: 16, weight: 3, dropOrder: 2, keepEnd: true },
  { header: "Action", cell: (action) => oneLine(action.action), min: 16, weight: 4 },
  { header: "Owner", cell: (action) => oneLine(action.owner) || "-", min: 8, weight: 1 },
  { header: "Due", cell: (action) => oneLine(dueCell(action)) || "-", min: 10, weight: 0 },
  { header: "Status", cell: (action) => STATUS_WORDS[action.status] },
  { header: "Success signal", cell: (action) => oneLine(action.success) || "-", min: 24, weight: 3, dropOrder: 1 },
  { header: "Overdue", cell: overdueCell, right: true },
];

const GAP = "  ";

const WIDE = /\p{Extended_Pictographic}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Terminal cells a grapheme takes: 2 for emoji and CJK, 0 for a lone combining mark. */
function graphemeWidth(grapheme: string): number {
  if (WIDE.test(grapheme)) return 2;
  return /^\p{M}+$/u.test(grapheme) ? 0 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Cuts text to at most `width` terminal cells with "…" where it cut: at the end, or at the start with `keepEnd`. */
export function fitWidth(text: string, width: number, keepEnd = false): string {
  if (displayWidth(text) <= width) return text;
  const parts = Array.from(graphemes.segment(text), ({ segment }) => segment);
  if (keepEnd) parts.reverse();
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    const cells = graphemeWidth(part);
    if (used + cells > width - 1) break;
    kept.push(part);
    used += cells;
  }
  return keepEnd ? `…${kept.reverse().join("")}` : `${kept.join("")}…`;
}

/** Breaks a sentence into lines of at most `width` cells, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current !== "" && displayWidth(`${current} ${word}`) > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  return [...lines, current];
}

function pad(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Column widths that fit `available` cells: columns keep their natural width when everything fits;
 * otherwise the shrinkable ones start at their minimum and share what is left by weight.
 */
export function fitColumns(natural: number[], columns: ColumnLayout[], available: number): number[] {
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return natural;
  const widths = natural.map((width, index) => Math.min(width, columns[index]!.min ?? width));
  let spare = available - widths.reduce((sum, width) => sum + width, 0);
  while (spare > 0) {
    const growing = widths.map((_, index) => index).filter((index) => widths[index]! < natural[index]! && (columns[index]!.weight ?? 0) > 0);
    if (growing.length === 0) break;
    const weights = growing.reduce((sum, index) => sum + columns[index]!.weight!, 0);
    let given = 0;
    for (const index of growing) {
      const share = Math.max(1, Math.floor((spare * columns[index]!.weight!) / weights));
      const grant = Math.min(share, natural[index]! - widths[index]!, spare - given);
      widths[index]! += grant;
      given += grant;
      if (given >= spare) break;
    }
    if (given === 0) break;
    spare -= given;
  }
  return widths;
}

function naturalWidths(headers: string[], rows: string[][]): number[] {
  return headers.map((header, index) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[index]!))));
}

/** The table columns that fit `available` cells at their minimum widths, dropping the least needed first. */
function columnsThatFit(actions: TrackedAction[], available: number): Column[] {
  let columns = TABLE_COLUMNS;
  const narrowest = (shown: Column[]) => {
    const natural = naturalWidths(shown.map((column) => column.header), actions.map((action) => shown.map((column) => column.cell(action))));
    return natural.reduce((sum, width, index) => sum + Math.min(width, shown[index]!.min ?? width), 0) + GAP.length * (shown.length - 1);
  };
  while (narrowest(columns) > available) {
    const droppable = columns.filter((column) => column.dropOrder !== undefined).sort((a, b) => a.dropOrder! - b.dropOrder!)[0];
    if (!droppable) break;
    columns = columns.filter((column) => column !== droppable);
  }
  return columns;
}

function layOut(headers: string[], rows: string[][], columns: ColumnLayout[], available: number, color: ChalkInstance, paint?: (row: number, text: string) => string): string[] {
  const natural = naturalWidths(headers, rows);
  const widths = fitColumns(natural, columns, available - GAP.length * (columns.length - 1));
  const line = (cells: string[]) =>
    cells.map((cell, index) => pad(fitWidth(cell, widths[index]!, columns[index]!.keepEnd), widths[index]!, columns[index]!.right)).join(GAP).trimEnd();
  return [
    color.bold(line(headers)),
    color.dim(widths.map((width) => "─".repeat(width)).join(GAP)),
    ...rows.map((row, index) => (paint ? paint(index, line(row)) : line(row))),
  ];
}

/** The folder every listed document is in ("postmortems/"), or "" when they share none. */
export function commonFolder(paths: string[]): string {
  if (paths.length === 0) return "";
  let folder = paths[0]!.slice(0, paths[0]!.lastIndexOf("/") + 1);
  for (const file of paths) while (!file.startsWith(folder)) folder = folder.slice(0, folder.slice(0, -1).lastIndexOf("/") + 1);
  return folder;
}

function countsLine(report: ActionReport, folder = ""): string {
  const { actions } = report;
  const open = actions.filter(isOpen).length;
  const overdue = actions.filter((action) => action.daysOverdue !== null).length;
  const done = actions.filter((action) => action.status === "done").length;
  const dropped = actions.filter((action) => action.status === "dropped").length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const shown = actions.length === report.total ? plural(report.total, "action") : `${actions.length} of ${plural(report.total, "action")}`;
  const where = folder === "" ? "" : ` under ${folder}`;
  return `${shown} in ${plural(report.documents, "document")}${where}: ${open} open (${overdue} overdue), ${done} done, ${dropped} dropped.`;
}

function ownerTable(summary: OwnerSummary[]): { headers: string[]; rows: string[][] } {
  return {
    headers: ["Owner", "Open", "Overdue"],
    rows: summary.map((entry) => [entry.owner, String(entry.open), String(entry.overdue)]),
  };
}

const OWNER_COLUMNS: ColumnLayout[] = [{ min: 12, weight: 1 }, { right: true }, { right: true }];

export function formatActionsTable(report: ActionReport, width: number, color: ChalkInstance): string {
  if (report.actions.length === 0) return `${wrap(`No actions to show. ${countsLine(report)}`, width).join("\n")}\n`;
  // Paths are shown below the folder they share, which the last line names.
  const folder = commonFolder(report.actions.map((action) => action.document));
  const listed = report.actions.map((action) => ({ ...action, document: action.document.slice(folder.length) }));
  const columns = columnsThatFit(listed, width);
  const rows = listed.map((action) => columns.map((column) => column.cell(action)));
  const paint = (index: number, text: string) => {
    const action = report.actions[index]!;
    if (action.daysOverdue !== null) return color.red(text);
    return isOpen(action) ? text : color.dim(text);
  };
  const out = layOut(columns.map((column) => column.header), rows, columns, width, color, paint);
  const summary = summariseByOwner(report.actions);
  if (summary.length > 0) {
    const owners = ownerTable(summary);
    out.push("", "Open actions by owner", ...layOut(owners.headers, owners.rows, OWNER_COLUMNS, width, color));
  }
  out.push("", ...wrap(countsLine(report, folder), width));
  return `${out.join("\n")}\n`;
}

// -- JSON -----------------------------------------------------------------------------------------

export function formatActionsJson(report: ActionReport): string {
  const rows = report.actions.map((action) => ({
    document: action.document,
    documentTitle: action.documentTitle,
    line: action.line,
    column: action.column,
    action: action.action,
    owner: action.owner,
    hasOwner: action.hasOwner,
    due: action.due,
    dueText: action.dueText,
    status: action.status,
    statusText: action.statusText,
    success: action.success,
    daysOverdue: action.daysOverdue,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

// -- CSV ------------------------------------------------------------------------------------------

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatActionsCsv(report: ActionReport): string {
  const header = ["document", "line", "action", "owner", "due", "status", "success_signal", "days_overdue"];
  const records = report.actions.map((action) => [
    action.document,
    String(action.line),
    action.action,
    action.owner ?? "",
    dueCell(action),
    action.status,
    action.success ?? "",
    action.daysOverdue === null ? "" : String(action.daysOverdue),
  ]);
  return [header, ...records].map((record) => `${record.map(csvField).join(",")}\r\n`).join("");
}

// -- Markdown -------------------------------------------------------------------------------------

/**
 * Document text as literal Markdown: nothing in it becomes a link, emphasis, HTML or a new cell
 * when the page is rendered (a README on a code host renders inline HTML).
 */
export function markdownText(text: string | null): string {
  return oneLine(text)
    .replace(/[\\|[\]*_`]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A GFM table; `cell` turns each value into Markdown (by default, literal text). */
export function markdownTable(headers: string[], rows: string[][], rightAligned: boolean[], cell: (text: string) => string = markdownText): string[] {
  return [
    `| ${headers.join(" | ")} |`,
    `|${rightAligned.map((right) => (right ? "---:" : "---")).join("|")}|`,
    ...rows.map((row) => `| ${row.map((text) => cell(text)).join(" | ")} |`),
  ];
}

export function formatActionsMarkdown(report: ActionReport): string {
  if (report.actions.length === 0) return `_No actions to show._ ${countsLine(report)}\n`;
  const rows = report.actions.map((action) => TABLE_COLUMNS.map((column) => column.cell(action)));
  const out = markdownTable(TABLE_COLUMNS.map((column) => column.header), rows, TABLE_COLUMNS.map((column) => column.right === true));
  const summary = summariseByOwner(report.actions);
  if (summary.length > 0) {
    const owners = ownerTable(summary);
    out.push("", "**Open actions by owner**", "", ...markdownTable(owners.headers, owners.rows, [false, true, true]));
  }
  out.push("", countsLine(report));
  return `${out.join("\n")}\n`;
}
