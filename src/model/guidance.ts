/**
 * The parts of the model that industry postmortem guidance asks about: prose by section (for
 * blame and summaries), the timezone of the times, the postmortem owner, impact figures, and the
 * incident's times and durations. Called once by `extract` after the structure is read.
 */
import type { Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { findClaimedDurations, findIncidentTimes } from "./incident-times.js";
import { collectProse, lineInBlock } from "./prose.js";
import { speaksForDocument } from "./sections.js";
import { findTimezone, timezoneStatement } from "./timezones.js";
import type { BlameMention, Field, ImpactStatement, PostmortemDoc, ProseBlock, SectionKind } from "./types.js";
import { findPlaceholder, isExampleOrInstruction, isLearningsReviewTitle } from "./vocabulary.js";
import { findBlame, findFigures, type BlameScope } from "./wording.js";

export function emptyGuidance(): Pick<PostmortemDoc, "prose" | "timezone" | "owners" | "impact" | "blame" | "times"> {
  return {
    prose: [],
    timezone: null,
    owners: { fields: [], source: null },
    impact: [],
    blame: [],
    times: {
      started: null,
      detected: null,
      mitigated: null,
      resolved: null,
      timeToDetect: null,
      timeToMitigate: null,
      timeToResolve: null,
      timedEntries: [],
      claimed: [],
    },
  };
}

export function addGuidance(doc: PostmortemDoc, tree: Root): void {
  doc.prose = collectProse(tree, doc.sections);
  doc.timezone = findDocumentTimezone(doc, tree);
  doc.owners = findOwners(doc);
  doc.impact = findImpact(doc);
  doc.blame = findBlameInProse(doc);
  doc.times = findIncidentTimes(doc.frontMatter, doc.metadata, doc.timeline, doc.incidentDate?.text ?? null, findClaimedDurations(doc.frontMatter, doc.prose));
}

// -- timezone -------------------------------------------------------------------------------------

const TIMEZONE_KEYS = /^(?:time ?zone|tz|timezone|all times|times)$/;

function findDocumentTimezone(doc: PostmortemDoc, tree: Root): Field | null {
  for (const [key, value] of Object.entries(doc.frontMatter.data)) {
    if (TIMEZONE_KEYS.test(key.toLowerCase().replace(/[_-]+/g, " ")) && typeof value === "string" && value.trim() !== "") {
      return { text: value.trim(), line: doc.frontMatter.line ?? 1, column: 1 };
    }
  }
  for (const [key, field] of Object.entries(doc.metadata)) if (TIMEZONE_KEYS.test(key) && field.text.trim() !== "") return field;
  // "## Timeline (UTC)", "### 2022-01-05 (all times UTC)".
  for (const section of doc.sections) {
    const zone = section.kind === "timeline" ? findTimezone(section.title) : null;
    if (zone) return { text: zone, line: section.line, column: section.column };
  }
  // A timeline table whose time column says its zone: "Time (UTC, 2026-03-16)".
  for (const node of tree.children) {
    if (node.type !== "table" || !node.position || !inTimeline(doc, node.position.start.line)) continue;
    const zone = headerTimezone(node);
    if (zone) return { text: zone, ...node.position.start };
  }
  // "All times in CET." anywhere (usually just under the timeline heading or in the header).
  for (const block of doc.prose) {
    if (block.shape === "table-row") continue;
    const zone = timezoneStatement(block.text);
    if (zone) return { text: zone, line: block.line, column: block.column };
  }
  return null;
}

function inTimeline(doc: PostmortemDoc, line: number): boolean {
  return doc.sections.some((section) => section.kind === "timeline" && section.line <= line && line <= section.endLine);
}

function headerTimezone(table: Table): string | null {
  const header = table.children[0];
  if (!header) return null;
  for (const cell of header.children) {
    const zone = findTimezone(toString(cell));
    if (zone) return zone;
  }
  return null;
}

// -- owner ----------------------------------------------------------------------------------------

const OWNER_KEYS = /^(?:(?:postmortem|post-mortem|pm|document|doc|report|incident|retro(?:spective)?|review|decision) )?owners?$|^dri$/;
const AUTHOR_KEYS = /^(?:authors?|written by|author\(s\))$/;

/** Splits "Ana, Bo and Cy" (or a YAML list) into one field per name, all on the value's line. */
function names(value: unknown, at: Field | { line: number; column: number }): Field[] {
  // Flat TOML front matter keeps arrays as text: authors = ["Ana", "Bo"].
  const listed = typeof value === "string" && /^\s*\[\s*["'].*\]\s*$/.test(value) ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2]!) : null;
  const items = Array.isArray(value) ? value.map(String) : listed ?? (typeof value === "string" ? [value] : []);
  return items
    .flatMap((item) => item.replace(/\((?:to be confirmed|tbc|tbd)[^)]*\)/gi, "").split(/\s*(?:,|;|&|\+|\/|\band\b|\bor\b)\s*/i))
    .map((name) => name.replace(/[*_`]/g, "").trim())
    .filter((name) => name !== "")
    .map((text) => ({ text, line: at.line, column: at.column }));
}

function findOwners(doc: PostmortemDoc): PostmortemDoc["owners"] {
  const fmAt = { line: doc.frontMatter.line ?? 1, column: 1 };
  const lookup = (pattern: RegExp): Field[] => {
    for (const [key, value] of Object.entries(doc.frontMatter.data)) {
      if (pattern.test(key.toLowerCase().replace(/[_-]+/g, " "))) return names(value, fmAt);
    }
    for (const [key, field] of Object.entries(doc.metadata)) if (pattern.test(key) && speaksForDocument(doc.sections, field.line)) return names(field.text, field);
    return [];
  };
  const owners = lookup(OWNER_KEYS);
  if (owners.length > 0) return { fields: owners, source: "owner" };
  const authors = lookup(AUTHOR_KEYS);
  return authors.length > 0 ? { fields: authors, source: "author" } : { fields: [], source: null };
}

// -- impact ---------------------------------------------------------------------------------------

const IMPACT_KEYS = /^(?:(?:customer|user|business|service) )?impact$|^(?:users?|customers?|services?) affected$|^affected (?:users|customers|services)$/;
const DURATION_KEYS = /^(?:(?:total |incident |outage )?duration|downtime|time to (?:recover|resolve|restore))$/;

function figuresIn(blocks: readonly ProseBlock[]): Field[] {
  return blocks.filter((block) => !isExampleOrInstruction(block.text)).flatMap((block) =>
    findFigures(block.text).map((figure) => ({ text: figure.match, line: lineInBlock(block, figure.index), column: block.column })),
  );
}

/**
 * Every statement of impact with the figures it gives: each outermost impact or summary section,
 * and each impact or duration header field outside them. The one reader of impact figures: the
 * impact rule, `pm score` and `pm inspect` all read these.
 */
function findImpact(doc: PostmortemDoc): ImpactStatement[] {
  const statements: ImpactStatement[] = [];
  doc.sections.forEach((section) => {
    const source = section.ownKind === "impact" ? "impact-section" : section.ownKind === "summary" && !isLearningsReviewTitle(section.title) ? "summary" : null;
    if (source === null || (section.parent >= 0 && doc.sections[section.parent]!.kind === section.ownKind)) return;
    const blocks = doc.prose.filter((block) => block.line > section.line && block.line <= section.endLine);
    const unfilled = blocks.some((block) => findPlaceholder(block.text, doc.vocabulary) !== null);
    statements.push({ title: section.title, source, line: section.line, column: section.column, figures: figuresIn(blocks), unfilled });
  });
  for (const [key, field] of Object.entries(doc.metadata)) {
    const source = IMPACT_KEYS.test(key) ? "impact-field" : DURATION_KEYS.test(key) ? "duration-field" : null;
    if (source === null || statements.some((statement) => statement.line <= field.line && field.line <= endOf(doc, statement.line))) continue;
    const figures = findFigures(field.text).map((figure) => ({ text: figure.match, line: field.line, column: field.column }));
    statements.push({ title: key, source, line: field.line, column: field.column, figures, unfilled: findPlaceholder(field.text, doc.vocabulary) !== null });
  }
  return statements;
}

/** Whether a statement is the document's impact by name (its section or field), which should give numbers. */
export function namesImpact(statement: ImpactStatement): boolean {
  return statement.source === "impact-section" || statement.source === "impact-field";
}

function endOf(doc: PostmortemDoc, line: number): number {
  return doc.sections.find((section) => section.line === line)?.endLine ?? line;
}

// -- blame ----------------------------------------------------------------------------------------

/** Where the cause is analysed: a person named here is being made the cause. */
const CAUSE_SECTIONS = new Set<SectionKind>(["root-cause", "contributing-factors", "five-whys", "went-wrong"]);

/**
 * How closely a block is read for blame: in the causal analysis any person as the subject of
 * what went wrong is blame; in the timeline people act neutrally ("@jane acknowledged the alert")
 * and only a person doing wrong is; everywhere else judging words are ("human errors", "operator
 * error", "did not adequately test"), unless the sentence rejects them.
 */
function blameScopeOf(doc: PostmortemDoc, block: ProseBlock): BlameScope {
  const kind = block.section >= 0 ? doc.sections[block.section]!.kind : null;
  if (kind && CAUSE_SECTIONS.has(kind)) return "cause";
  if (kind === "timeline") return "timeline";
  return "prose";
}

function findBlameInProse(doc: PostmortemDoc): BlameMention[] {
  const found: BlameMention[] = [];
  for (const block of doc.prose) {
    if (block.shape === "heading") continue;
    for (const match of findBlame(block.text, { scope: blameScopeOf(doc, block), allow: [] })) {
      const line = lineInBlock(block, match.index);
      const lineText = (block.text.split("\n")[line - block.line] ?? block.text).trim();
      found.push({ text: match.match, kind: match.kind, lineText, line, column: line === block.line ? block.column : 1 });
    }
  }
  return found;
}

/**
 * Whether the header (title and the lines before the first section) still holds template
 * placeholders: a fresh scaffold. Rules about what the header should say stay quiet then, since
 * no-placeholders already lists what is left to fill in.
 */
export function headerUnfilled(doc: PostmortemDoc): boolean {
  const firstSection = doc.sections.find((section) => section.depth >= 2)?.line ?? Infinity;
  return doc.prose.some((block) => block.line < firstSection && findPlaceholder(block.text, doc.vocabulary) !== null);
}
