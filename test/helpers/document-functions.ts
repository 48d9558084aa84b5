/**
 * Every function that turns a document's text into results, for the robustness properties: each
 * must return for any input, and every `line`/`column` in what it returns must lie inside the
 * document. A new command joins by adding one line here (e.g. its scorer).
 */
import { Chalk } from "chalk";
import { defaultConfig } from "../../src/config.js";
import { lintDocument } from "../../src/lint/engine.js";
import { lintText } from "../../src/lint/lint-text.js";
import { extract } from "../../src/model/extract.js";
import { DEFAULT_VOCABULARY } from "../../src/model/vocabulary.js";
import { formatActionsCsv, formatActionsJson, formatActionsMarkdown, formatActionsTable } from "../../src/reporters/actions.js";
import { formatInspect, inspectToJson } from "../../src/reporters/inspect.js";
import { formatScoreText, scoreToJson } from "../../src/reporters/score.js";
import { rules } from "../../src/rules/index.js";
import { scoreDocument } from "../../src/score/index.js";
import { trackActions } from "../../src/tracker/tracker.js";
import { TODAY } from "./rule-tester.js";

const FILE = "fuzz.md";
const config = defaultConfig();
const context = { requiredSections: config.requiredSections, today: TODAY, vocabulary: DEFAULT_VOCABULARY };
const noColor = new Chalk({ level: 0 });

export const documentFunctions: Array<[name: string, run: (text: string) => unknown]> = [
  ["extract", (text) => extract(FILE, text)],
  ["lint (all rules)", (text) => lintText(text, FILE, config, TODAY)],
  ...rules.map((rule): [string, (text: string) => unknown] => [`rule ${rule.meta.id}`, (text) => lintDocument(extract(FILE, text), { rules: [rule], severities: {}, context })]),
  ["inspect (text)", (text) => formatInspect(extract(FILE, text))],
  ["inspect (json)", (text) => JSON.parse(JSON.stringify(inspectToJson(extract(FILE, text))))],
  ["score", (text) => scoreDocument(extract(FILE, text))],
  ["score (reporters)", (text) => scored(text, (result) => [formatScoreText([result], noColor), scoreToJson(result)])],
  ["actions (tracker and reporters)", (text) => trackedReport(text)],
];

function scored(text: string, report: (result: Extract<ReturnType<typeof scoreDocument>, { scorable: true }>) => unknown): unknown {
  const result = scoreDocument(extract(FILE, text));
  return result.scorable ? report(result) : result;
}

function trackedReport(text: string): unknown {
  const actions = trackActions(extract(FILE, text), TODAY);
  const report = { actions, total: actions.length, documents: 1 };
  return [actions, formatActionsTable(report, 100, noColor), formatActionsJson(report), formatActionsCsv(report), formatActionsMarkdown(report)];
}

/** The document's lines as the parser counts them (CRLF, CR and LF all end a line). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Every object in a result that carries a `line` (and maybe `column` or `endLine`) and lies
 * outside the document, described for the failure message. Columns may point one past the end of
 * a line (where a missing thing would go).
 */
export function positionsOutside(result: unknown, text: string): string[] {
  const lines = linesOf(text);
  const wrong: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}[${index}]`));
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record.line === "number") {
      const { line, column, endLine } = record as { line: number; column?: unknown; endLine?: unknown };
      const where = `${path} at ${line}:${String(column ?? "-")}`;
      if (!Number.isInteger(line) || line < 1 || line > lines.length) wrong.push(`${where}: line outside 1..${lines.length}`);
      else if (typeof column === "number" && (!Number.isInteger(column) || column < 1 || column > lines[line - 1]!.length + 1)) {
        wrong.push(`${where}: column outside 1..${lines[line - 1]!.length + 1}`);
      }
      if (typeof endLine === "number" && (endLine < line || endLine > lines.length)) wrong.push(`${where}: endLine ${endLine} outside ${line}..${lines.length}`);
    }
    // Front matter `data` is the user's own mapping, where "line" may mean anything.
    for (const [key, child] of Object.entries(record)) if (key !== "text" && key !== "data") visit(child, `${path}.${key}`);
  };
  visit(result, "result");
  return wrong;
}
