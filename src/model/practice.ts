/**
 * The review practice: who ran the review and under which ground rules, what it found about
 * causes, and how the learning is shared. `pm score` grades these; they are extracted here, with
 * their lines, so the scorers never look at Markdown.
 */
import type { List, ListItem, Node, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { leadingLabel } from "./fields.js";
import { sectionIndexAt } from "./sections.js";
import { collapseSpaces } from "./trim.js";
import type {
  FactorCategory,
  Field,
  LearningsReview,
  PostmortemDoc,
  ReviewPractice,
  RoleKind,
  Section,
  Shareout,
  WhyChain,
} from "./types.js";
import { factorCategory, findCadence, findPlaceholder, isBlamelessStatement, isExampleOrInstruction, isLearningsReviewTitle, isRealOwner, type Vocabulary } from "./vocabulary.js";

export function emptyPractice(): ReviewPractice {
  return {
    goal: null,
    audience: null,
    roles: [],
    groundRules: [],
    constraints: [],
    factors: [],
    factorProse: [],
    whyChains: [],
    shareouts: [],
    learningsReview: null,
    templateMarkers: [],
  };
}

export function extractPractice(doc: PostmortemDoc, tree: Root): ReviewPractice {
  const lines = new SourceLines(doc);
  const practice = emptyPractice();
  readLabelledLines(lines, practice);
  readRoleSections(doc, lines, practice);
  new CauseReader(doc, tree, practice).run();
  readShareouts(doc, lines, practice);
  practice.learningsReview = readLearningsReview(doc, lines);
  practice.templateMarkers = readTemplateMarkers(doc);
  return practice;
}

// ---------------------------------------------------------------------------------------------
// Lines of prose: the source without code blocks, HTML comments and front matter

interface LabelledLine {
  /** Lower-cased label without markup: "decision owner". */
  label: string;
  value: string;
  line: number;
}

class SourceLines {
  readonly text: string[];
  readonly vocabulary: Vocabulary;
  private readonly whole: string;
  private readonly skipped: boolean[];

  constructor(doc: PostmortemDoc) {
    this.whole = doc.text;
    this.vocabulary = doc.vocabulary;
    this.text = doc.text.split(/\r?\n/);
    this.skipped = this.text.map(() => false);
    for (const range of doc.codeRanges) for (let line = range.line; line <= range.endLine; line++) this.skipped[line - 1] = true;
    // A self-assessment row claims a quality; it is not evidence of it.
    for (const row of doc.selfAssessment) this.skipped[row.line - 1] = true;
  }

  /**
   * The prose lines, or none when `holds` is false for the whole document: one scan of the text
   * instead of one per line, for wording most documents never use. Only for tests that hold for
   * the whole text when they hold for one of its lines (patterns without ^, $ or look-arounds).
   */
  *proseIf(holds: (text: string) => boolean): Generator<{ line: number; text: string }> {
    if (holds(this.whole)) yield* this.prose();
  }

  /** 1-based line numbers of prose lines in [from, to]. */
  *prose(from = 1, to = this.text.length): Generator<{ line: number; text: string }> {
    for (let line = Math.max(1, from); line <= Math.min(to, this.text.length); line++) {
      if (!this.skipped[line - 1]) yield { line, text: this.text[line - 1]! };
    }
  }

  /** "**Scribe:** Priya", "- Goal: learning", "| Facilitator | Sam |": the label and value of a line. */
  labelled(from?: number, to?: number): LabelledLine[] {
    const found: LabelledLine[] = [];
    for (const { line, text } of this.prose(from, to)) {
      const trimmed = text.trim();
      if (trimmed.startsWith("|")) {
        const cells = trimmed.replace(/^\||\|$/g, "").split("|").map(clean);
        if (cells.length >= 2 && !/^:?-{3,}/.test(cells[0]!)) found.push({ label: normaliseLabel(cells[0]!), value: cells[1]!, line });
        continue;
      }
      const body = trimmed.replace(/^>\s*/, "").replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "");
      const pair = leadingLabel(body);
      if (pair) found.push({ label: normaliseLabel(pair.label), value: clean(pair.value), line });
    }
    return found;
  }

  /** The first item of the list right below `line`, for a label whose value is that list. */
  valueBelow(line: number): Field | null {
    for (const next of this.prose(line + 1, line + 2)) {
      const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(next.text);
      if (item) return { text: clean(item[1]!), line: next.line, column: 1 };
      if (next.text.trim() !== "") return null;
    }
    return null;
  }
}

/**
 * The text without emphasis, code ticks and link targets, its spaces collapsed. Called for every
 * table cell and labelled line, so each replacement runs only when the text has what it replaces:
 * most cells have no markup and no link.
 */
function clean(text: string): string {
  let value = text;
  if (MARKUP.test(value)) value = value.replace(/\*\*|__|`/g, "");
  if (value.includes("](")) value = value.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return collapseSpaces(value).trim();
}

const MARKUP = /\*\*|__|`/;

function normaliseLabel(label: string): string {
  return clean(label).toLowerCase().replace(/[:*_]/g, "").trim();
}

/** Text a reader can use: not a template placeholder, an instruction to the author or an example. */
function isWrittenText(text: string, vocabulary: Vocabulary): boolean {
  const value = clean(text);
  if (value === "" || findPlaceholder(value, vocabulary) !== null) return false;
  if (/^_[^_].*_$|^\*[^*].*\*$/.test(text.trim())) return false;
  return !isExampleOrInstruction(value);
}

function words(text: string): number {
  return clean(text).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

// ---------------------------------------------------------------------------------------------
// Goal, audience, roles, ground rules, constraints, blame

const ROLE_LABELS: Array<[RoleKind, RegExp]> = [
  ["facilitator", /^(facilitators?|facilitated by|moderator)$/],
  ["scribe", /^(scribe|note[- ]?taker|notes?( taken)? by|recorder)$/],
  ["decision-owner", /^(decision[- ](owner|maker)s?|approver|approved by|accountable|(executive )?sponsor)$/],
  ["incident-lead", /^(incident (commander|lead|owner|manager|coordinator)|ic|(postmortem|post-mortem|report) (owner|author|lead)|authors?|written by|prepared by)$/],
  ["attendees", /^(attendees|participants|present|responders|people involved|team|teams)$/],
];

const GOAL_LABEL = /^(goals?|purpose|objectives?|aim)( of (this|the) (review|retro|postmortem|post-mortem|meeting))?$/;
const AUDIENCE_LABEL = /^(audience|intended audience|target audience|audience for .*|readers|readership)$/;
const GROUND_RULES_LABEL = /^(ground rules|norms|working agreements?|rules of engagement)$/;
/** "This report is primarily for the platform team": an audience stated in a sentence. */
const AUDIENCE_SENTENCE = /\bthis (?:report|document|write-?up|post-?mortem|review) is (?:primarily |mainly |written |intended )?for\b/i;
const CONSTRAINT = /anonymi[sz]|\bno (?:individual |personal |people's )?names\b|names (?:are |were )?(?:removed|omitted|redacted)|privacy constraints?|confidentiality|\bredact/i;

function readLabelledLines(lines: SourceLines, practice: ReviewPractice): void {
  const groundRuleLines = new Set<number>();
  for (const { label, value, line } of lines.labelled()) {
    const field = (text: string): Field => ({ text, line, column: 1 });
    const role = ROLE_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
    if (role) {
      const named = value !== "" ? field(value) : lines.valueBelow(line);
      if (named && isRealOwner(named.text, lines.vocabulary) && isWrittenText(named.text, lines.vocabulary)) practice.roles.push({ ...named, role });
    } else if (GOAL_LABEL.test(label) && !practice.goal && value !== "" && isWrittenText(value, lines.vocabulary)) {
      practice.goal = field(value);
    } else if (AUDIENCE_LABEL.test(label) && !practice.audience && value !== "" && isWrittenText(value, lines.vocabulary)) {
      practice.audience = field(value);
    } else if (GROUND_RULES_LABEL.test(label)) {
      const rule = value !== "" ? field(value) : lines.valueBelow(line);
      if (rule && isWrittenText(rule.text, lines.vocabulary)) {
        practice.groundRules.push(rule);
        groundRuleLines.add(rule.line);
      }
    }
  }
  if (!practice.audience) {
    for (const { line, text } of lines.proseIf((text) => AUDIENCE_SENTENCE.test(text))) {
      if (!AUDIENCE_SENTENCE.test(text)) continue;
      practice.audience = { text: clean(text.replace(/^\s*[-*+]\s+/, "")), line, column: 1 };
      break;
    }
  }
  for (const { line, text } of lines.proseIf(isBlamelessStatement)) {
    if (isBlamelessStatement(text) && !groundRuleLines.has(line)) practice.groundRules.push({ text: clean(text), line, column: 1 });
  }
  for (const { line, text } of lines.proseIf((text) => CONSTRAINT.test(text))) {
    if (CONSTRAINT.test(text)) practice.constraints.push({ text: clean(text), line, column: 1 });
  }
  practice.groundRules.sort((a, b) => a.line - b.line);
}

const ROLE_SECTION = /^(attendees|participants|people involved|roles|responders)\b/i;

/** An "## Attendees" section listing people names the people in the room. */
function readRoleSections(doc: PostmortemDoc, lines: SourceLines, practice: ReviewPractice): void {
  if (practice.roles.some((role) => role.role === "attendees")) return;
  const section = doc.sections.find((candidate) => ROLE_SECTION.test(candidate.title));
  if (!section) return;
  for (const { line, text } of lines.prose(section.line + 1, section.endLine)) {
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(text);
    if (item && isWrittenText(item[1]!, lines.vocabulary)) {
      practice.roles.push({ role: "attendees", text: clean(item[1]!), line, column: 1 });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Contributing factors and why chains

const MADE_SENSE = /made sense|seemed (?:reasonable|right|sensible|safe|fine)|reasonable (?:at the time|given)|at the time,? (?:it|we|this|the)|local rationality/i;
const CATEGORY_COLUMN = /^(cluster|category|categories|type|area|kind|bucket|theme|domain)$/i;
const FACTOR_COLUMN = /factor|cause|contributor|issue|description|finding|what/i;

class CauseReader {
  private readonly sectionOfLine: (line: number) => Section | null;
  private readonly paragraphChains = new Map<Section, WhyChain>();
  private readonly sections: Section[];

  constructor(
    private readonly doc: PostmortemDoc,
    private readonly tree: Root,
    private readonly practice: ReviewPractice,
  ) {
    this.sections = doc.sections;
    this.sectionOfLine = (line) => doc.sections[sectionIndexAt(doc.sections, line)] ?? null;
  }

  run(): void {
    let cluster: FactorCategory | null = null;
    for (const node of this.tree.children) {
      const section = this.sectionOfLine(lineOf(node));
      const kind = section ? this.analysisKind(section) : null;
      if (node.type === "heading") {
        cluster = factorCategory(plain(node));
        if (kind === "five-whys" && /^why\b/i.test(plain(node))) this.countParagraphStep(section!, node);
        continue;
      }
      if (kind === "five-whys") this.whyNode(node, section!);
      else if (kind === "contributing-factors" || kind === "root-cause") cluster = this.factorNode(node, cluster);
    }
  }

  /**
   * The kind a section has for cause analysis. A document titled "Root Cause Analysis" is not one
   * long list of causes: a kind inherited from the level-1 title doesn't count.
   */
  private analysisKind(section: Section): Section["kind"] {
    let owner: Section | undefined = section;
    while (owner && owner.ownKind === null) owner = owner.parent >= 0 ? this.sections[owner.parent] : undefined;
    return owner && owner.depth > 1 ? section.kind : null;
  }

  /** Reads factors from one node; returns the cluster in force after it (a bold "**Process**" line sets one). */
  private factorNode(node: RootContent, cluster: FactorCategory | null): FactorCategory | null {
    if (node.type === "table") this.factorTable(node);
    else if (node.type === "list") for (const item of node.children) this.factorItem(item, cluster);
    else if (node.type === "paragraph") {
      const text = plain(node);
      const named = words(text) <= 4 ? factorCategory(text.replace(/:$/, "")) : null;
      if (named) return named;
      if (words(text) >= 8 && isWrittenText(text, this.doc.vocabulary)) this.practice.factorProse.push({ text, line: lineOf(node), column: 1 });
    }
    return cluster;
  }

  private factorTable(table: Table): void {
    const [head, ...rows] = table.children;
    if (!head) return;
    const headers = head.children.map(plain);
    const categoryIndex = headers.findIndex((header) => CATEGORY_COLUMN.test(header));
    const madeSenseIndex = headers.findIndex((header) => MADE_SENSE.test(header) || /rationale/i.test(header));
    let factorIndex = headers.findIndex((header, index) => index !== categoryIndex && index !== madeSenseIndex && FACTOR_COLUMN.test(header));
    if (factorIndex < 0) factorIndex = headers.findIndex((_, index) => index !== categoryIndex && index !== madeSenseIndex);
    for (const row of rows) {
      const cell = (index: number) => (index >= 0 && row.children[index] ? plain(row.children[index]) : "");
      const text = cell(factorIndex);
      if (words(text) < 2 || !isWrittenText(text, this.doc.vocabulary)) continue;
      const sense = cell(madeSenseIndex);
      this.practice.factors.push({
        line: lineOf(row),
        column: 1,
        text,
        category: factorCategory(cell(categoryIndex)),
        madeSense: sense !== "" && isWrittenText(sense, this.doc.vocabulary) ? { text: sense, line: lineOf(row), column: 1 } : madeSenseIn(plain(row), lineOf(row)),
      });
    }
  }

  private factorItem(item: ListItem, cluster: FactorCategory | null): void {
    const lead = item.children[0];
    const text = lead ? plain(lead) : "";
    if (words(text) < 3 || !isWrittenText(text, this.doc.vocabulary)) return;
    const labelled = leadingLabel(text);
    this.practice.factors.push({
      line: lineOf(item),
      column: 1,
      text,
      category: (labelled ? factorCategory(labelled.label) : null) ?? cluster,
      madeSense: madeSenseIn(plain(item), lineOf(item)),
    });
  }

  private whyNode(node: RootContent, section: Section): void {
    if (node.type === "list") {
      const steps = countSteps(node, this.doc.vocabulary);
      if (steps > 0) this.practice.whyChains.push({ line: lineOf(node), column: 1, steps });
    } else if (node.type === "paragraph") {
      for (const line of plainLines(node)) if (/^\W*why\b/i.test(line) && words(line) >= 3) this.countParagraphStep(section, node);
    }
  }

  /** Why-questions written as headings or bold paragraphs form one chain per section. */
  private countParagraphStep(section: Section, node: Node): void {
    let chain = this.paragraphChains.get(section);
    if (!chain) {
      chain = { line: lineOf(node), column: 1, steps: 0 };
      this.paragraphChains.set(section, chain);
      this.practice.whyChains.push(chain);
    }
    chain.steps++;
  }
}

/**
 * How many levels of "why" a list goes: a flat list ("- X", "- ...because Y") counts its items; a
 * nested list (each answer indented under its question) counts its depth.
 */
function countSteps(list: List, vocabulary: Vocabulary): number {
  let written = 0;
  let deepest = 0;
  for (const item of list.children) {
    const lead = item.children[0];
    const text = lead ? plain(lead).replace(/^[.…\s]*(?:because\b)?/i, "") : "";
    const counts = words(text) >= 3 && isWrittenText(text, vocabulary) ? 1 : 0;
    written += counts;
    for (const child of item.children) if (child.type === "list") deepest = Math.max(deepest, counts + countSteps(child, vocabulary));
  }
  return Math.max(written, deepest);
}

function madeSenseIn(text: string, line: number): Field | null {
  const found = MADE_SENSE.exec(text);
  return found ? { text: text.slice(found.index, found.index + 120), line, column: 1 } : null;
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

function plain(node: Node): string {
  return collapseSpaces(toString(node, { includeImageAlt: false })).trim();
}

function plainLines(node: Node): string[] {
  return toString(node, { includeImageAlt: false }).split("\n").map((line) => line.trim());
}

// ---------------------------------------------------------------------------------------------
// Shareout and the recurring learnings review

const TLDR = /\btl;?dr\b|share[- ]?out|one[- ]pager|\bone[- ]page\b|\b1[- ]page\b|executive summary/i;

function readShareouts(doc: PostmortemDoc, lines: SourceLines, practice: ReviewPractice): void {
  for (const section of doc.sections) {
    const kind: Shareout["kind"] | null = TLDR.test(section.title)
      ? "tldr"
      : section.ownKind === "summary" || section.ownKind === "lessons"
        ? "summary"
        : null;
    if (kind && hasWrittenContent(lines, section)) practice.shareouts.push({ kind, text: section.title, line: section.line, column: section.column });
  }
  for (const { line, text } of lines.prose()) {
    const body = clean(text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""));
    if (/^tl;?dr\b/i.test(body) && !practice.shareouts.some((shareout) => shareout.line === line)) {
      practice.shareouts.push({ kind: "tldr", text: body.slice(0, 80), line, column: 1 });
    }
  }
  practice.shareouts.sort((a, b) => a.line - b.line);
}

/** Whether a section holds at least a sentence the author wrote (not template guidance). */
function hasWrittenContent(lines: SourceLines, section: Section): boolean {
  let count = 0;
  for (const { text } of lines.prose(section.line + 1, section.endLine)) {
    if (/^\s*[#|]/.test(text) || !isWrittenText(text.replace(/^\s*(?:[-*+>]|\d+[.)])\s+/, ""), lines.vocabulary)) continue;
    count += words(text);
    if (count >= 8) return true;
  }
  return false;
}

const REVIEW_LINE = /\b(?:learnings?|recurring|retro(?:spective)?|postmortem|incident) review\b/i;
const INLINE_REVIEW_FIELD = /\b(owner|inputs?|audience|attendees)\s*:\s*([^;)]+)/gi;

/** "- Monthly learnings review (owner: Mei; inputs: open actions; audience: platform team)". */
function reviewInOneLine(lines: SourceLines): LearningsReview | null {
  for (const { line, text } of lines.proseIf((text) => REVIEW_LINE.test(text))) {
    const cadence = findCadence(text);
    if (!cadence || !REVIEW_LINE.test(text) || !isWrittenText(text, lines.vocabulary)) continue;
    const field = (value: string): Field => ({ text: value.trim(), line, column: 1 });
    const review: LearningsReview = { ...field(clean(text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""))), cadence: field(cadence), owner: null, inputs: null, audience: null };
    for (const [, label, value] of clean(text).matchAll(INLINE_REVIEW_FIELD)) {
      const key = label!.toLowerCase();
      if (key === "owner" && isRealOwner(value, lines.vocabulary)) review.owner ??= field(value!);
      else if (key.startsWith("input")) review.inputs ??= field(value!);
      else if (key === "audience" || key === "attendees") review.audience ??= field(value!);
    }
    return review;
  }
  return null;
}

const CADENCE_LABEL = /^(cadence|frequency|schedule|recurrence|when|meets?)$/;
const OWNER_LABEL = /^(owners?|dri|facilitator|run by|chair|organi[sz]er|host)$/;
const INPUTS_LABEL = /^(inputs?|materials|pre-?reads|data sources?)$/;
const AUDIENCE_OF_REVIEW = /^(attendees|audience|participants|invitees|who)$/;

function readLearningsReview(doc: PostmortemDoc, lines: SourceLines): LearningsReview | null {
  const section = doc.sections.find((candidate) => isLearningsReviewTitle(candidate.title));
  if (!section) return reviewInOneLine(lines);
  const review: LearningsReview = { text: section.title, line: section.line, column: section.column, cadence: null, owner: null, inputs: null, audience: null };
  for (const { label, value, line } of lines.labelled(section.line + 1, section.endLine)) {
    if (value === "" || !isWrittenText(value, lines.vocabulary)) continue;
    const field: Field = { text: value, line, column: 1 };
    if (CADENCE_LABEL.test(label) && !review.cadence) review.cadence = field;
    else if (OWNER_LABEL.test(label) && !review.owner && isRealOwner(value, doc.vocabulary)) review.owner = field;
    else if (INPUTS_LABEL.test(label) && !review.inputs) review.inputs = field;
    else if (AUDIENCE_OF_REVIEW.test(label) && !review.audience) review.audience = field;
  }
  if (!review.cadence) {
    for (const { line, text } of lines.prose(section.line, section.endLine)) {
      const cadence = findCadence(text);
      if (cadence && isWrittenText(text, lines.vocabulary)) {
        review.cadence = { text: cadence, line, column: 1 };
        break;
      }
    }
  }
  return review.cadence || review.owner ? review : null;
}

// ---------------------------------------------------------------------------------------------
// Template leftovers in the places an author fills first

function readTemplateMarkers(doc: PostmortemDoc): Field[] {
  const candidates: Field[] = [
    ...(doc.title ? [doc.title] : []),
    ...doc.sections.map((section) => ({ text: section.title, line: section.line, column: section.column })),
    ...Object.values(doc.metadata),
  ];
  const markers: Field[] = [];
  for (const field of candidates) {
    const found = findPlaceholder(field.text, doc.vocabulary);
    if (found && !markers.some((marker) => marker.line === field.line)) markers.push({ text: found.match, line: field.line, column: field.column });
  }
  return markers.sort((a, b) => a.line - b.line);
}
