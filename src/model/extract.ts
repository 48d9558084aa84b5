/**
 * Markdown -> postmortem model. This is the only place that walks mdast for meaning: rules,
 * the scorer and `pm actions` read the model it returns.
 */
import type { Html, List, ListItem, Node, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { addDays, dayAfterTime, type NumericDateOrder, findDate, findMonthDay, findTime, isNextDay, leadingTimestamp, numericDateOrder } from "./dates.js";
import { fieldKeyFor, INCIDENT_DATE_LABELS, REPORT_DATE_LABELS, inlineFields, leadingLabel, mapColumns, type FieldKey } from "./fields.js";
import { NO_FRONT_MATTER, readFrontMatter } from "./frontmatter.js";
import { addGuidance, emptyGuidance } from "./guidance.js";
import { impactStart } from "./incident-times.js";
import { timezoneStatement } from "./timezones.js";
import { collapseSpaces, trimTrailing } from "./trim.js";
import { parseMarkdown } from "./parse.js";
import { speaksForDocument } from "./sections.js";
import { emptyPractice, extractPractice } from "./practice.js";
import type {
  ActionItem,
  DocumentProblem,
  Field,
  FrontMatter,
  ItemShape,
  PostmortemDoc,
  Position,
  Section,
  SectionKind,
  SelfAssessment,
  TimelineEntry,
} from "./types.js";
import { classifySection, DEFAULT_VOCABULARY, isActionGroupLabel, labelFromCell, labelFromMarker, statusFromDoneAnswer, statusFromHeading, statusFromText, type Vocabulary } from "./vocabulary.js";

/**
 * Extracts the model from a document's text, reading labels with the team's vocabulary. Never
 * throws on any input. CRLF and lone CR line endings become LF first (lines and columns stay the
 * same), so every pattern that reads a line up to its end, and every split on "\n", sees the same
 * lines the parser does.
 */
export function extract(file: string, source: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): PostmortemDoc {
  const text = source.replace(/\r\n?/g, "\n");
  const problems = findDocumentProblems(text);
  // Thousands of nested lists or quotes (a line of "- - - - ...") take the parser minutes and
  // overflow its recursion: such a document is not parsed at all, and can't be read, like a
  // flattened one. Nesting built up over many lines is caught when the recursion overflows.
  if (problems.some((problem) => problem.kind === "too-deeply-nested")) return emptyDoc(file, text, vocabulary, NO_FRONT_MATTER, problems);
  try {
    return extractFrom(file, text, problems, vocabulary);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return emptyDoc(file, text, vocabulary, NO_FRONT_MATTER, [...problems, { kind: "too-deeply-nested", line: 1, column: 1 }]);
  }
}

/** Far more list or quote levels than any document uses, and far fewer than overflow the parser. */
const MAX_NESTING = 100;

/** The first line that opens more than MAX_NESTING lists or quotes at once, or 0. */
function tooDeeplyNestedLine(text: string): number {
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Each level takes at least one character ("-", ">"): a shorter line can't open too many.
    if (line.length <= MAX_NESTING) continue;
    // "- - - -" and "* * * *" alone on a line are a thematic break, not nested lists.
    if (/^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/.test(line)) continue;
    let depth = 0;
    let at = 0;
    for (;;) {
      while (line[at] === " " || line[at] === "\t") at++;
      let marker = at;
      while (marker < line.length && marker - at < 9 && line[marker]! >= "0" && line[marker]! <= "9") marker++;
      if (marker > at && (line[marker] === "." || line[marker] === ")")) at = marker + 1;
      else if (line[at] === "-" || line[at] === "*" || line[at] === "+" || line[at] === ">") at++;
      else break;
      if (line[at] !== " " && line[at] !== "\t" && line[at - 1] !== ">") break;
      if (++depth > MAX_NESTING) return index + 1;
    }
  }
  return 0;
}

/** Problems that make the document's structure unreadable: only rules that say so run on it. */
export function isUnreadable(problems: DocumentProblem[]): boolean {
  return problems.some((problem) => problem.kind !== "mojibake");
}

function extractFrom(file: string, text: string, problems: DocumentProblem[], vocabulary: Vocabulary): PostmortemDoc {
  const tree = parseMarkdown(text);
  const doc = emptyDoc(file, text, vocabulary, readFrontMatter(tree), problems);
  // A flattened document parses as one giant heading or paragraph: its structure can't be trusted.
  if (isUnreadable(problems)) return doc;
  doc.dateOrder = numericDateOrder(text);
  new Extractor(doc, tree, vocabulary).run();
  doc.practice = extractPractice(doc, tree);
  addGuidance(doc, tree);
  return doc;
}

function emptyDoc(file: string, text: string, vocabulary: Vocabulary, frontMatter: FrontMatter, problems: DocumentProblem[]): PostmortemDoc {
  return {
    file,
    text,
    vocabulary,
    title: null,
    incidentDate: null,
    dateOrder: null,
    frontMatter,
    metadata: {},
    sections: [],
    timeline: [],
    actions: [],
    triggers: [],
    parkedIdeas: [],
    selfAssessment: [],
    codeRanges: [],
    comments: [],
    problems,
    practice: emptyPractice(),
    ...emptyGuidance(),
  };
}

// ---------------------------------------------------------------------------------------------
// Whole-document problems

const MOJIBAKE = /(?:Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]|â[\u0080-\u00BF\u20AC\u201A-\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u201E][\u0080-\u00BF\u20AC\u201A-\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u201E\u00A0-\u00FF]?|ð\u0178[\u0080-\u00BF\u20AC-\u2122\u0152-\u017E]{1,2})/g;

function findDocumentProblems(text: string): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (text.trim() === "") return [{ kind: "empty", line: 1, column: 1 }];
  const deepLine = tooDeeplyNestedLine(text);
  if (deepLine > 0) problems.push({ kind: "too-deeply-nested", line: deepLine, column: 1 });
  const firstBreak = text.indexOf("\n");
  const looksFlattened = firstBreak === -1 && text.length > 500 && /\s#{1,6} \S|\s\|\s*-{3,}/.test(text);
  if (looksFlattened) problems.push({ kind: "no-line-breaks", line: 1, column: 1, length: text.length });
  MOJIBAKE.lastIndex = 0;
  const first = MOJIBAKE.exec(text);
  if (first) {
    const count = text.match(MOJIBAKE)!.length;
    const before = text.slice(0, first.index);
    const line = before.split("\n").length;
    const column = first.index - before.lastIndexOf("\n");
    problems.push({ kind: "mojibake", line, column, sample: first[0], count });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Helpers on mdast nodes

function positionOf(node: Node): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function fieldOf(text: string, node: Node): Field {
  return { text, ...positionOf(node) };
}

function plain(node: Node): string {
  return collapseSpaces(toString(node, { includeImageAlt: false })).trim();
}

/** A list item's own text: its first paragraph, without nested lists. */
function itemLead(item: ListItem): Paragraph | null {
  const first = item.children[0];
  return first && first.type === "paragraph" ? first : null;
}

function isStrongOnly(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return meaningful.length >= 1 && meaningful.length <= 2 && meaningful[0]!.type === "strong" &&
    (meaningful.length === 1 || (meaningful[1]!.type === "text" && meaningful[1]!.value.trim().length <= 3));
}

function meaningfulChildren(children: PhrasingContent[]): PhrasingContent[] {
  return children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
}

/** "**Migrate the table**" alone on an item's first line, with what it involved on the lines below: the bold text, or null. */
function boldTitle(item: ListItem): string | null {
  const lead = itemLead(item);
  const [first, next] = lead ? meaningfulChildren(lead.children) : [];
  if (first?.type !== "strong") return null;
  if (next && next.type !== "break" && !(next.type === "text" && /^[ \t]*\n/.test(next.value))) return null;
  return plain(first);
}

/** An item that is only a bold group name such as "**Short term**" or "**Completed:**". */
function isGroupLabelItem(item: ListItem): boolean {
  const title = boldTitle(item);
  return title !== null && item.children.length === 1 && plain(item) === title && isActionGroupLabel(title);
}

/** "~~Replace the cache~~ ...", also inside bold ("**~~[3] Migrate~~**"): an abandoned action. */
function isStruckThrough(node: { children: PhrasingContent[] }): boolean {
  const first = meaningfulChildren(node.children)[0];
  if (!first) return false;
  if (first.type === "delete") return true;
  return (first.type === "strong" || first.type === "emphasis") && meaningfulChildren(first.children)[0]?.type === "delete";
}

/** "~~**[3] Migrate the records**~~": a bold title struck through as a whole. */
function isStruckBoldTitle(paragraph: Paragraph): boolean {
  const meaningful = meaningfulChildren(paragraph.children);
  return meaningful.length === 1 && meaningful[0]!.type === "delete" && isStrongOnly({ ...paragraph, children: meaningful[0]!.children });
}

const BRACKET_STATUS = /[([]\s*(done|complete|completed|closed|fixed|resolved|in progress|ongoing|wip|dropped|won'?t do|wontfix|cancelled|canceled|open|not started)\s*[)\]]|✅|✔️?|☑️?/i;

/** Sections whose timed lists are not accounts of the incident: a plan, a schedule of follow-ups, a self-check. */
const KINDS_NEVER_A_TIMELINE = new Set<SectionKind>(["actions", "triggers", "parked", "quality-gate", "timeline", "next-steps", "agenda", "review-cadence", "decisions"]);

/** Sections that stay what they are even when nested under "Action items". */
const KINDS_BESIDE_ACTIONS = new Set<SectionKind>(["parked", "triggers", "quality-gate", "timeline", "lessons", "dissemination", "risks", "open-questions"]);

// ---------------------------------------------------------------------------------------------

type Context = "timeline" | "actions" | "triggers" | "quality-gate";

class Extractor {
  private readonly sectionAt: number[] = [];
  /** Entries of timeline lists that are only links (dashboards, graphs): dropped if the timeline is timed elsewhere. */
  private readonly linkListEntries = new Set<TimelineEntry>();
  /** The status a heading such as "### Completed" gives the actions under it that state none. */
  private sectionStatus: ActionItem["status"] = null;
  /** The day a date heading, a date-only item or a table header above puts in force for the entries below it. */
  private currentDate: string | null = null;
  /** Whether `currentDate` was stated for every entry ("all events happened on ..."), not only where a day starts. */
  private currentDateStated = false;
  /** For each entry: whether its own text writes its day, and the day in force above it when it was read. */
  private readonly dateSources = new Map<TimelineEntry, { own: boolean; above: string | null; stated: boolean }>();
  private cachedYear: number | null | undefined;

  constructor(
    private readonly doc: PostmortemDoc,
    private readonly tree: Root,
    private readonly vocabulary: Vocabulary,
  ) {}

  run(): void {
    this.buildSections();
    this.readTitleAndMetadata();
    const children = this.tree.children;
    // A bold line such as "**Parked ideas:**" heads the list right after it, like a small heading.
    let leadIn: SectionKind | null = null;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const sectionIndex = this.sectionAt[i]!;
      const section = sectionIndex >= 0 ? this.doc.sections[sectionIndex]! : null;
      const kind: SectionKind | null = leadIn ?? section?.kind ?? null;
      leadIn = null;
      if (node.type === "heading") {
        // A day stated above one account does not carry into the next section.
        if (kind === "timeline") i = this.timelineHeading(i);
        else this.setDayAbove(null);
        continue;
      }
      if (node.type === "paragraph" && isStrongOnly(node) && children[i + 1]?.type === "list") {
        const named = classifySection(plain(node));
        if (named === "parked" || (named !== null && named !== kind && kind !== "actions")) {
          leadIn = named;
          continue;
        }
      }
      if (kind === "parked") this.parkedNode(node);
      else if (kind === "timeline") this.timelineNode(node, section);
      else if (kind === "actions") {
        this.sectionStatus = section ? statusFromHeading(section.title) : null;
        i = this.actionNode(i);
      }
      else if (kind === "triggers") this.triggerNode(node);
      else if (kind === "quality-gate" && node.type === "table") this.selfAssessmentTable(node);
      // A list whose items start with times is an account of events under whatever heading ("Leadup").
      else if (node.type === "list" && !(kind !== null && KINDS_NEVER_A_TIMELINE.has(kind)) && this.isTimedList(node)) this.timelineNode(node, section);
    }
    // A list of dashboard links or notes beside a timed timeline supports it; it is not a run of entries.
    if (this.doc.timeline.some((entry) => entry.time !== null)) {
      this.doc.timeline = this.doc.timeline.filter((entry) => !this.linkListEntries.has(entry));
    }
    this.readIncidentDate();
    this.settleTimelineDates();
    this.collectCodeRanges(this.tree);
    this.collectComments(this.tree);
  }

  /** HTML comments anywhere outside code, block or inline, for control comments such as pm-lint-disable. */
  private collectComments(node: Node): void {
    if (node.type === "html" && node.position) {
      const value = (node as Html).value;
      const start = node.position.start;
      for (const found of value.matchAll(/<!--([\s\S]*?)-->/g)) {
        const before = value.slice(0, found.index);
        const line = start.line + (before.match(/\n/g)?.length ?? 0);
        const column = before.includes("\n") ? before.length - before.lastIndexOf("\n") : start.column + before.length;
        const endLine = line + (found[0].match(/\n/g)?.length ?? 0);
        this.doc.comments.push({ text: found[1]!.trim(), line, column, endLine });
      }
      return;
    }
    for (const child of (node as { children?: Node[] }).children ?? []) this.collectComments(child);
  }

  private collectCodeRanges(node: Node): void {
    if ((node.type === "code" || node.type === "html" || node.type === "yaml" || node.type === "toml") && node.position) {
      this.doc.codeRanges.push({ line: node.position.start.line, endLine: node.position.end.line });
      return;
    }
    const children = (node as { children?: Node[] }).children;
    if (children && node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") for (const child of children) this.collectCodeRanges(child);
  }

  // -- sections ---------------------------------------------------------------------------------

  private buildSections(): void {
    const stack: number[] = [];
    let current = -1;
    this.tree.children.forEach((node) => {
      if (node.type === "heading") {
        // A section ends where the next heading of its level or above starts: the one that closes it here.
        while (stack.length > 0 && this.doc.sections[stack[stack.length - 1]!]!.depth >= node.depth) {
          this.doc.sections[stack.pop()!]!.endLine = positionOf(node).line - 1;
        }
        const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
        const title = plain(node);
        const ownKind = classifySection(title);
        const parentKind = parent >= 0 ? this.doc.sections[parent]!.kind : null;
        let kind = ownKind ?? parentKind;
        // "Immediate remediation" inside "Resolution" tells what was done during the incident.
        if (ownKind === "actions" && parentKind === "resolution") kind = "resolution";
        // "### Detection", "### Follow-up from last time" inside "Action items" group actions.
        if (parentKind === "actions" && ownKind !== null && !KINDS_BESIDE_ACTIONS.has(ownKind)) kind = "actions";
        // Date-grouped timelines put "## May 12" beside "## Timeline": a heading that is only a
        // date or time continues the timeline it follows.
        const previous = this.doc.sections[this.doc.sections.length - 1];
        if (ownKind === null && previous?.kind === "timeline" && isTimestampHeading(title)) kind = "timeline";
        const section: Section = { title, depth: node.depth, ownKind, kind, endLine: 0, parent, ...positionOf(node) };
        this.doc.sections.push(section);
        current = this.doc.sections.length - 1;
        stack.push(current);
      }
      this.sectionAt.push(current);
    });
    const lastLine = this.tree.position?.end.line ?? 1;
    for (const open of stack) this.doc.sections[open]!.endLine = lastLine;
  }

  // -- title, metadata, incident date -------------------------------------------------------------

  private readTitleAndMetadata(): void {
    const data = this.doc.frontMatter.data;
    const fmTitle = typeof data.title === "string" ? data.title : null;
    const h1 = this.tree.children.find((node) => node.type === "heading" && node.depth === 1);
    if (h1) this.doc.title = fieldOf(plain(h1), h1);
    else if (fmTitle) this.doc.title = { text: fmTitle, line: this.doc.frontMatter.line ?? 1, column: 1 };

    const metadata = this.doc.metadata;
    const keyOf = (label: string) => label.toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
    // The first field of a key wins, unless it belongs to one part (an action's "**Owner:**") and a
    // later one speaks for the whole document ("## Document management", "**Owner:** ...").
    const remember = (label: string, field: Field) => {
      const key = keyOf(label);
      const earlier = metadata[key];
      if (key === "" || (earlier && (speaksForDocument(this.doc.sections, earlier.line) || !speaksForDocument(this.doc.sections, field.line)))) return;
      metadata[key] = field;
    };
    // A plain "Date: January 12, 2026" line is metadata only near the top (before the first section
    // other than the title or a brief) and when it gives a date: elsewhere "Label: text" is prose.
    const rememberPlainDate = (text: string, at: Position) => {
      const found = leadingLabel(text);
      if (found && INCIDENT_DATE_LABELS.includes(keyOf(found.label)) && findDate(found.value, this.doc.dateOrder)) {
        remember(found.label, { text: stripMarks(found.value), ...at });
      }
    };
    this.tree.children.forEach((node, index) => {
      const section = this.sectionAt[index]! >= 0 ? this.doc.sections[this.sectionAt[index]!]! : null;
      const kind = section?.kind ?? null;
      if (kind === "actions" || kind === "triggers" || kind === "timeline") return;
      const nearTop = section === null || section.depth === 1 || kind === "brief";
      if (node.type === "paragraph") {
        // "**Date**: 2024-01-15" lines, several to a paragraph.
        const lines = this.raw(node).split("\n");
        lines.forEach((line, offset) => {
          const at = { line: positionOf(node).line + offset, column: 1 };
          const found = /^\s*(?:\*\*|__)([^*_]{1,40}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(.+)$/.exec(line);
          if (found) remember(found[1]!, { text: stripMarks(found[2]!), ...at });
          else if (nearTop) rememberPlainDate(line, at);
        });
      } else if (node.type === "list") {
        for (const item of node.children) {
          const lead = itemLead(item);
          if (!lead) continue;
          const found = /^\s*(?:\*\*|__)([^*_]{1,40}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(.*)$/s.exec(this.raw(lead));
          if (found) remember(found[1]!, fieldOf(stripMarks(found[2]!), lead));
          else if (nearTop) rememberPlainDate(this.raw(lead), positionOf(lead));
        }
      } else if (node.type === "table" && node.children.length > 1) {
        const header = node.children[0]!.children.map(plain);
        // A Field/Value table, or one near the top whose rows are "| **Detected** | 2022-01-05 12:00 |".
        const keyed = /^(field|key|property|item|attribute|name)$/i.test(header[0] ?? "") ||
          (nearTop && node.children.slice(1).every((row) => row.children[0] !== undefined && isStrongOnly({ type: "paragraph", children: row.children[0].children })));
        if (header.length !== 2 || !keyed) return;
        for (const row of node.children.slice(1)) {
          const [key, value] = row.children;
          if (key && value) remember(plain(key), fieldOf(plain(value), value));
        }
      }
    });
  }

  /**
   * The day the incident started: a field that names it ("incident_date:", "**Incident date:**"),
   * else the day of the timeline's start of impact when the timeline writes it, else a plain
   * "date:" or "Date:" (often the day the report was written or reviewed) or the title's date.
   */
  private readIncidentDate(): void {
    this.doc.incidentDate =
      this.frontMatterDate(["incident_date", "incident-date", "incidentDate"]) ??
      this.metadataDate(INCIDENT_DATE_LABELS.filter((label) => !REPORT_DATE_LABELS.includes(label))) ??
      this.timelineStartDate() ??
      this.frontMatterDate(["date"]) ??
      this.metadataDate(REPORT_DATE_LABELS) ??
      this.titleDate() ??
      this.openingDate();
  }

  /** How many headings and paragraphs at the top may tell the day ("On 31st July 2018 a researcher ..."). */
  private static readonly OPENING_BLOCKS = 6;

  /** The first date written in the document's opening headings and paragraphs, before any timeline. */
  private openingDate(): Field | null {
    const children = this.tree.children;
    let blocks = 0;
    for (let i = 0; i < children.length && blocks < Extractor.OPENING_BLOCKS; i++) {
      const node = children[i]!;
      const section = this.sectionAt[i]! >= 0 ? this.doc.sections[this.sectionAt[i]!]! : null;
      if (section?.kind === "timeline") return null;
      if (node.type !== "heading" && node.type !== "paragraph") continue;
      blocks++;
      const found = findDate(plain(node), this.doc.dateOrder);
      if (found?.valid) return { text: found.iso, ...positionOf(node) };
    }
    return null;
  }

  private frontMatterDate(keys: string[]): Field | null {
    for (const key of keys) {
      const value = this.doc.frontMatter.data[key];
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : null;
      const found = text ? findDate(text, this.doc.dateOrder) : null;
      if (found?.valid) return { text: found.iso, line: this.doc.frontMatter.line ?? 1, column: 1 };
    }
    return null;
  }

  private metadataDate(labels: string[]): Field | null {
    for (const key of labels) {
      const field = this.doc.metadata[key];
      const found = field ? findDate(field.text, this.doc.dateOrder) : null;
      if (field && found?.valid) return { ...field, text: found.iso };
    }
    return null;
  }

  /** The day of the entry where impact began, when the timeline writes its day (or a heading above it does). */
  private timelineStartDate(): Field | null {
    // A timeline of days without times starts on its first day.
    const start = impactStart(this.doc.timeline) ?? this.doc.timeline.find((entry) => entry.date !== null);
    return start?.date ? { text: start.date, line: start.line, column: start.column } : null;
  }

  private titleDate(): Field | null {
    const title = this.doc.title;
    const found = title ? findDate(title.text, this.doc.dateOrder) : null;
    return title && found?.valid ? { ...title, text: found.iso } : null;
  }

  // -- timeline -----------------------------------------------------------------------------------

  /** A "### 16:32" heading is an entry whose event is the text below it; returns the last child it used. */
  private timelineHeading(index: number): number {
    const heading = this.tree.children[index]!;
    const title = plain(heading);
    const stamp = leadingTimestamp(title, this.doc.dateOrder, this.year());
    if (!stamp) {
      // "## Timeline (2019-10-21, UTC)" or "## May 12" gives the day of what follows; "### Recovery" none of its own.
      const written = findDate(title, this.doc.dateOrder);
      this.setDayAbove(written?.valid ? written.iso : findMonthDay(title, String(this.year() ?? "")));
      return index;
    }
    if (!stamp.time) {
      // "## 2019-10-20" heads the day's entries; a timed heading's own day is carried on by the settling.
      if (stamp.date?.valid) this.setDayAbove(stamp.date.iso);
      return index;
    }
    const body: RootContent[] = [];
    let last = index;
    for (let j = index + 1; j < this.tree.children.length && this.tree.children[j]!.type !== "heading"; j++) {
      body.push(this.tree.children[j]!);
      last = j;
    }
    const rest = eventAfter(title, stamp.match);
    const event = [rest, ...body.filter((node) => node.type !== "code").map(plain)].filter(Boolean).join(" ");
    const rawText = [title, ...body.map((node) => this.raw(node))].join("\n");
    this.pushEntry({
      shape: "heading",
      at: heading,
      time: fieldOf(stamp.match.trim(), heading),
      minutes: stamp.time.minutes,
      ownDate: stamp.date?.valid ? stamp.date.iso : null,
      event,
      raw: rawText,
      labelSource: null,
      evidence: evidenceInText(rawText, heading),
    });
    return last;
  }

  /** Whether most items of the list (two at least) start with a clock time. */
  private isTimedList(list: List): boolean {
    let timed = 0;
    for (const item of list.children) {
      const lead = itemLead(item);
      if (lead && leadingTimestamp(plain(lead), this.doc.dateOrder, this.year())?.time) timed++;
    }
    return timed >= 2 && timed * 2 > list.children.length;
  }

  private timelineNode(node: RootContent, section: Section | null): void {
    if (node.type === "table") this.timelineTable(node, section);
    else if (node.type === "list" && !this.isSummaryList(node)) {
      const first = this.doc.timeline.length;
      for (const item of node.children) this.timelineListItem(item);
      if (node.children.every(isLinkOnly)) for (const entry of this.doc.timeline.slice(first)) this.linkListEntries.add(entry);
    } else if (node.type === "paragraph") this.timelineParagraph(node);
  }

  /** "Time to detect: 10 min" bullets beside a timeline summarise it; they are not events. */
  private isSummaryList(list: List): boolean {
    let labelled = 0;
    for (const item of list.children) {
      const lead = itemLead(item);
      const text = lead ? this.raw(lead) : "";
      if (leadingTimestamp(stripMarks(text), this.doc.dateOrder, this.year())) return false;
      if (leadingLabel(text)) labelled++;
    }
    return labelled > list.children.length / 2;
  }

  private timelineTable(table: Table, section: Section | null): void {
    const [head, ...rows] = table.children;
    if (!head) return;
    const headers = head.children.map(plain);
    let columns = mapColumns(headers, "timeline");
    if (!columns.includes("time") && rows.some((row) => row.children[0] && leadingTimestamp(plain(row.children[0]), this.doc.dateOrder, this.year()))) {
      columns = ["time", ...columns.slice(1)];
    }
    if (!columns.includes("event")) {
      const free = columns.findIndex((key, index) => key === null && index !== columns.indexOf("time"));
      if (free >= 0) columns[free] = "event";
    }
    if (!columns.includes("label")) {
      // A "Notes" column whose cells open with "Fact" or "Hypothesis" labels the entries.
      const labels = columns.findIndex((key, index) => key === null && isLabelColumn(rows.map((row) => (row.children[index] ? plain(row.children[index]) : ""))));
      if (labels >= 0) columns[labels] = "label";
    }
    const headerDate = headers.map((header) => findDate(header, this.doc.dateOrder)).find((date) => date?.valid);
    const titleDate = section ? findDate(section.title, this.doc.dateOrder) : null;
    const tableDate = headerDate?.iso ?? (titleDate?.valid ? titleDate.iso : null);
    if (tableDate) this.setDayAbove(tableDate);
    for (const row of rows) {
      const cells = row.children;
      const cellOf = (key: FieldKey) => {
        const index = columns.indexOf(key);
        return index >= 0 && cells[index] ? cells[index] : null;
      };
      const texts = cells.map(plain);
      if (texts.every((text) => text === "")) continue;
      const timeCell = cellOf("time");
      const timeText = timeCell ? plain(timeCell) : "";
      const stamp = timeText ? leadingTimestamp(timeText, this.doc.dateOrder, this.year()) : null;
      const clock = stamp?.time ?? (timeText ? findTime(timeText) : null);
      const date = stamp?.date ?? (timeText ? findDate(timeText, this.doc.dateOrder) : null);
      const labelCell = cellOf("label");
      const evidenceCell = cellOf("evidence");
      const eventCell = cellOf("event");
      const rawRow = cells.map((cell) => this.raw(cell)).join(" | ");
      this.pushEntry({
        shape: "table",
        at: row,
        time: timeCell && timeText !== "" ? fieldOf(timeText, timeCell) : null,
        minutes: clock ? clock.minutes : null,
        ownDate: date?.valid ? date.iso : null,
        event: eventCell ? plain(eventCell) : texts.filter((_, index) => columns[index] !== "time").join(" | "),
        raw: rawRow,
        labelSource: labelCell ? plain(labelCell) : null,
        evidence: evidenceCell && plain(evidenceCell) !== "" ? fieldOf(plain(evidenceCell), evidenceCell) : null,
      });
    }
  }

  private timelineListItem(item: ListItem): void {
    const lead = itemLead(item);
    const text = plain(item);
    if (text === "") return;
    const leadText = lead ? plain(lead) : text;
    const stamp = leadingTimestamp(leadText, this.doc.dateOrder, this.year());
    // "- **Note:** the status page was not updated" annotates the timeline; it is not an event.
    if (!stamp && /^(?:notes?|nb|n\.b\.|aside|context|ps)$/i.test(leadingLabel(lead ? this.raw(lead) : text)?.label ?? "")) return;
    if (stamp?.date?.valid && !stamp.time && isDayHeader(leadText.slice(leadText.indexOf(stamp.match) + stamp.match.length))) {
      // "- 2023-07-20 (all times UTC)", maybe with the day's events nested below it: a day, not an event.
      this.setDayAbove(stamp.date.iso);
      for (const child of item.children) if (child.type === "list") for (const nested of child.children) this.timelineListItem(nested);
      return;
    }
    const raw = this.raw(item);
    // "- `unknown` - messages submitted": the author says the time is not known, like an "unknown" Time cell.
    const unknown = stamp ? null : (/^(?:time )?unknown(?= *[-–—:])/i.exec(leadText)?.[0] ?? null);
    this.pushEntry({
      shape: item.checked === null || item.checked === undefined ? "list" : "task-list",
      at: item,
      time: stamp ? fieldOf(stamp.match.trim(), item) : unknown ? fieldOf(unknown, item) : null,
      minutes: stamp?.time?.minutes ?? null,
      ownDate: stamp ? this.ownDate(stamp, leadText) : null,
      event: stamp ? eventAfter(leadText, stamp.match) : leadText,
      raw,
      labelSource: null,
      evidence: evidenceInText(raw, item),
    });
  }

  private timelineParagraph(paragraph: Paragraph): void {
    // One entry per line that starts with a time: "14:05 PST - restarted the proxy".
    const lines = this.raw(paragraph).split("\n");
    const start = positionOf(paragraph);
    const timed = lines.map((line) => leadingTimestamp(stripMarks(line), this.doc.dateOrder, this.year()));
    if (timed.every((stamp) => stamp === null)) {
      // "Unless otherwise noted, all events happened on 2019-10-21."
      const day = statedDay(stripMarks(this.raw(paragraph)), this.doc.dateOrder);
      if (day) this.setDayAbove(day, true);
      return;
    }
    lines.forEach((line, offset) => {
      const text = stripMarks(line);
      const stamp = timed[offset];
      if (!stamp) return;
      if (stamp.date?.valid && !stamp.time && isDayHeader(text.slice(text.indexOf(stamp.match) + stamp.match.length))) {
        this.setDayAbove(stamp.date.iso);
        return;
      }
      const at = { line: start.line + offset, column: offset === 0 ? start.column : 1 };
      this.pushEntry({
        shape: "paragraph",
        at,
        time: { text: stamp.match.trim(), ...at },
        minutes: stamp.time?.minutes ?? null,
        ownDate: this.ownDate(stamp, text),
        event: eventAfter(text, stamp.match),
        raw: line,
        labelSource: null,
        evidence: evidenceInText(line, at),
      });
    });
  }

  /** The day an entry writes: its own date or a day written after its time ("22:30 UTC (Oct 29)"). */
  private ownDate(stamp: NonNullable<ReturnType<typeof leadingTimestamp>>, text: string): string | null {
    if (stamp.date?.valid) return stamp.date.iso;
    const rest = text.slice(text.indexOf(stamp.match) + stamp.match.length);
    return dayAfterTime(rest, String(this.year() ?? ""));
  }

  /**
   * The year a day written without one ("Jan 16, 5:44 AM") is in: that of the day in force, else
   * the first full date of the title, the front matter or the text, else a year the title names.
   */
  private year(): number | null {
    if (this.currentDate) return Number(this.currentDate.slice(0, 4));
    if (this.cachedYear === undefined) {
      const frontMatterDate = this.doc.frontMatter.data.date;
      const sources = [this.doc.title?.text ?? "", frontMatterDate instanceof Date ? frontMatterDate.toISOString() : String(frontMatterDate ?? ""), this.doc.text];
      const found = sources.map((text) => findDate(text, this.doc.dateOrder)).find((date) => date?.valid);
      const titleYear = /\b(?:19|20)\d{2}\b/.exec(this.doc.title?.text ?? "");
      this.cachedYear = found ? Number(found.iso.slice(0, 4)) : titleYear ? Number(titleYear[0]) : null;
    }
    return this.cachedYear;
  }

  /**
   * The day in force for every entry: its own, else the one a heading above gives, else the one
   * before it carries on (the incident date before any), moving to the next day when the clock
   * jumps back past midnight ("23:09" then "01:17").
   */
  private settleTimelineDates(): void {
    let day: string | null = null;
    let previousAbove: string | null = null;
    let previous: number | null = null;
    for (const entry of this.doc.timeline) {
      const source = this.dateSources.get(entry)!;
      if (source.own) day = entry.date;
      // A day stated for every entry holds for each; a heading's holds from where it starts.
      else if (source.above !== null && (source.stated || source.above !== previousAbove)) day = source.above;
      else {
        day ??= this.doc.incidentDate?.text ?? null;
        if (day !== null && previous !== null && entry.minutes !== null && isNextDay(previous, entry.minutes)) day = addDays(day, 1);
      }
      entry.date = day;
      previousAbove = source.above;
      if (entry.minutes !== null) previous = entry.minutes;
    }
  }

  /** The day a heading, a date line or a sentence above puts in force; `stated` when it holds for every entry below. */
  private setDayAbove(day: string | null, stated = false): void {
    this.currentDate = day;
    this.currentDateStated = day !== null && stated;
  }

  private pushEntry(entry: {
    shape: ItemShape;
    at: Node | Position;
    time: Field | null;
    minutes: number | null;
    /** The day the entry itself writes; without one it takes the day in force. */
    ownDate: string | null;
    event: string;
    raw: string;
    labelSource: string | null;
    evidence: Field | null;
  }): void {
    const date = entry.ownDate ?? this.currentDate;
    const label = (entry.labelSource !== null ? labelFromCell(entry.labelSource, this.vocabulary) : null) ?? labelFromMarker(entry.raw, this.vocabulary);
    const position = "type" in entry.at ? positionOf(entry.at as Node) : (entry.at as Position);
    const item: TimelineEntry = {
      ...position,
      shape: entry.shape,
      time: entry.time,
      minutes: entry.minutes,
      date,
      event: entry.event,
      label: label?.label ?? null,
      labelText: label?.text ?? null,
      evidence: entry.evidence,
      text: stripMarks(entry.raw),
    };
    this.doc.timeline.push(item);
    this.dateSources.set(item, { own: entry.ownDate !== null, above: this.currentDate, stated: this.currentDateStated });
  }

  // -- actions ------------------------------------------------------------------------------------

  /** Reads the action(s) starting at child `index`; returns the last child index it consumed. */
  private actionNode(index: number): number {
    const node = this.tree.children[index]!;
    if (node.type === "table") {
      this.actionTable(node);
      return index;
    }
    if (node.type === "paragraph") {
      const next = this.tree.children[index + 1];
      if (next?.type === "list" && (isStrongOnly(node) || isStruckBoldTitle(node)) && this.isFieldList(next, "actions", 2)) {
        this.actionFieldBlock(node, next);
        return index + 1;
      }
      return index;
    }
    if (node.type === "list") {
      if (this.isFieldList(node, "actions", Math.max(2, node.children.length / 2))) {
        this.actionFieldBlock(null, node);
        return index;
      }
      const next = this.tree.children[index + 1];
      const details = this.detailsAfter(node, next);
      const last = node.children.length - 1;
      node.children.forEach((item, at) => {
        // "1. **Short term**" over a bullet list of actions heads them, like a heading.
        if (at === last && next?.type === "list" && next.ordered !== node.ordered && isGroupLabelItem(item)) return;
        this.actionListItem(item, at === last ? details : null);
      });
      if (details) return index + 1;
    }
    return index;
  }

  /**
   * "1. **Migrate the table**" followed by bullets that are not indented under it: Markdown ends the
   * numbered list there, but the bullets say what the item involved, so they are its body. Returns
   * that list, or null when its bullets read as actions of their own (task items, bold-led items
   * other than fields) or the title names a group of actions ("**Short term**").
   */
  private detailsAfter(list: List, next: RootContent | undefined): List | null {
    if (next?.type !== "list" || next.ordered === list.ordered) return null;
    const title = boldTitle(list.children[list.children.length - 1]!);
    if (title === null || isActionGroupLabel(title)) return null;
    const ownActions = next.children.some((item) => {
      if (item.checked === true || item.checked === false) return true;
      const lead = itemLead(item);
      if (!lead || meaningfulChildren(lead.children)[0]?.type !== "strong") return false;
      const label = leadingLabel(this.raw(lead))?.label;
      return label === undefined || fieldKeyFor(label, "actions") === null;
    });
    return ownActions ? null : next;
  }

  /** Whether at least `needed` items of the list are "**Owner:** x"-style fields of the context. */
  private isFieldList(list: List, context: Context, needed: number): boolean {
    let labelled = 0;
    for (const item of list.children) {
      const lead = itemLead(item);
      const found = lead ? leadingLabel(this.raw(lead)) : null;
      if (found && fieldKeyFor(found.label, context) !== null) labelled++;
    }
    return labelled >= needed;
  }

  private actionTable(table: Table): void {
    const [head, ...rows] = table.children;
    if (!head) return;
    const headers = head.children.map(plain);
    const columns = mapColumns(headers, "actions");
    if (!columns.includes("action")) {
      // The widest free-text column is the action when no header says so.
      const free = columns.findIndex((key, index) => key === null && !/^#|^no\.?$|^id$/i.test(headers[index] ?? ""));
      if (free < 0) return;
      columns[free] = "action";
    }
    for (const row of rows) {
      const cells = row.children;
      const fields: Record<string, Field> = {};
      columns.forEach((key, index) => {
        const cell = cells[index];
        if (key && cell && plain(cell) !== "") fields[key] = fieldOf(plain(cell), cell);
      });
      headers.forEach((header, index) => {
        const cell = cells[index];
        const name = header.toLowerCase().trim();
        if (cell && name && !(name in fields) && plain(cell) !== "") fields[name] = fieldOf(plain(cell), cell);
      });
      const title = fields.action?.text ?? "";
      if (title === "") continue;
      const rowText = cells.map(plain).join(" | ");
      const struck = cells.some((cell, index) => columns[index] === "action" && isStruckThrough(cell));
      // "Document the runbook (done)" in the action cell says its status as a bullet would.
      const bracket = BRACKET_STATUS.exec(title);
      const status = struck ? "dropped" : bracket ? statusFromText(bracket[0]) : null;
      this.pushAction("table", row, bracket ? title.replace(bracket[0], "").trim() : title, fields, rowText, status);
    }
  }

  private actionListItem(item: ListItem, details: List | null = null): void {
    const lead = itemLead(item);
    if (!lead) return;
    const leadRaw = this.raw(lead);
    const leadText = stripMarks(leadRaw).replace(/\s+/g, " ").trim();
    if (leadText === "") return;
    const { fields: inline, titleEnd } = inlineFields(leadText);
    const fields: Record<string, Field> = {};
    const at = positionOf(item);
    for (const field of inline) fields[field.key] = { text: field.text, ...at };
    // Nested "- **Owner:** x" bullets, and those of the details after the item, belong to this action.
    for (const child of details ? [...item.children, details] : item.children) {
      if (child.type !== "list") continue;
      for (const nested of child.children) this.readFieldBullet(nested, fields, "actions");
    }
    // "**Migrate the table**" over lines that describe it: the bold line names the action.
    const heading = boldTitle(item);
    let title = heading !== null && heading.length < leadText.length ? heading : trimTrailing(leadText.slice(0, titleEnd), /[\s,;:(—–-]/).trim() || leadText;
    if (!fields.owner) {
      const handle = /(?:^|\s)(@[\w.-]+)(?=\s*[,;)\]]|\s*$)/.exec(leadText.slice(titleEnd === leadText.length ? 0 : titleEnd)) ??
        /[([]\s*(@[\w.-]+)\s*[)\]]/.exec(leadText);
      if (handle) {
        fields.owner = { text: handle[1]!, ...at };
        title = withoutOwnerMention(title, handle[1]!);
      }
    }
    let status: ActionItem["status"] = item.checked === true ? "done" : item.checked === false ? "open" : null;
    const bracket = BRACKET_STATUS.exec(leadText);
    if (bracket) {
      status = statusFromText(bracket[0]) ?? status;
      title = title.replace(bracket[0], "").trim();
    }
    if (isStruckThrough(lead)) status = "dropped";
    const shape: ItemShape = item.checked === null || item.checked === undefined ? "list" : "task-list";
    const text = stripMarks(details ? `${this.raw(item)}\n${this.raw(details)}` : this.raw(item));
    this.pushAction(shape, item, title, fields, text, status);
  }

  private actionFieldBlock(titleNode: Paragraph | null, list: List): void {
    const fields: Record<string, Field> = {};
    for (const item of list.children) this.readFieldBullet(item, fields, "actions");
    const title = titleNode ? plain(titleNode).replace(/^\[?\d+\]?[.)]?\s*/, "") : (fields.action?.text ?? plain(list).slice(0, 80));
    const raw = [titleNode ? this.raw(titleNode) : "", this.raw(list)].join("\n");
    this.pushAction("field-block", titleNode ?? list, title, fields, stripMarks(raw), titleNode && isStruckThrough(titleNode) ? "dropped" : null);
  }

  private readFieldBullet(item: ListItem, fields: Record<string, Field>, context: Context): void {
    const lead = itemLead(item);
    if (!lead) return;
    const found = leadingLabel(this.raw(lead));
    if (!found) return;
    const key = fieldKeyFor(found.label, context);
    const name = found.label.toLowerCase();
    const value = stripMarks(found.value).replace(/\s+/g, " ").trim();
    if (key && !(key in fields)) fields[key] = fieldOf(value, item);
    if (!(name in fields)) fields[name] = fieldOf(value, item);
  }

  private pushAction(
    shape: ItemShape,
    at: Node,
    title: string,
    fields: Record<string, Field>,
    text: string,
    status: ActionItem["status"],
  ): void {
    const statusField = fields.status;
    // A "Done?" column or field answers yes or no instead of naming a status.
    const answersDone = "done?" in fields || "done" in fields;
    const fromField = statusField ? (statusFromText(statusField.text) ?? (answersDone ? statusFromDoneAnswer(statusField.text) : null)) : null;
    this.doc.actions.push({
      ...positionOf(at),
      shape,
      title: title.replace(/\s+/g, " ").trim(),
      owner: fields.owner ?? null,
      due: fields.due ?? null,
      success: fields.success ?? null,
      followUp: fields.followUp ?? null,
      status: status === "dropped" ? status : (fromField ?? status ?? this.sectionStatus),
      statusText: statusField?.text ?? null,
      priority: fields.priority?.text ?? null,
      fields,
      text,
    });
  }

  private parkedNode(node: RootContent): void {
    if (node.type !== "list") return;
    for (const item of node.children) {
      const lead = itemLead(item);
      if (lead) this.doc.parkedIdeas.push(fieldOf(plain(lead), item));
    }
  }

  // -- triggers -----------------------------------------------------------------------------------

  private triggerNode(node: RootContent): void {
    if (node.type === "table") {
      const [head, ...rows] = node.children;
      if (!head) return;
      const columns = mapColumns(head.children.map(plain), "triggers");
      for (const row of rows) {
        const cellOf = (key: FieldKey): Field | null => {
          const index = columns.indexOf(key);
          const cell = index >= 0 ? row.children[index] : undefined;
          return cell && plain(cell) !== "" ? fieldOf(plain(cell), cell) : null;
        };
        const text = row.children.map(plain).join(" | ");
        if (text.replace(/[|\s]/g, "") === "") continue;
        this.doc.triggers.push({
          ...positionOf(row),
          shape: "table",
          signal: cellOf("signal"),
          window: cellOf("window"),
          threshold: cellOf("threshold"),
          action: cellOf("committedAction"),
          owner: cellOf("owner"),
          text,
        });
      }
    } else if (node.type === "list") {
      if (this.isFieldList(node, "triggers", Math.max(2, node.children.length / 2))) this.triggerFieldBlock(node);
      else for (const item of node.children) this.triggerListItem(item);
    }
  }

  /** "- **Signal:** ...", "- **Action:** ...", "- **Owner:** ..." bullets describe one trigger. */
  private triggerFieldBlock(list: List): void {
    const fields: Record<string, Field> = {};
    for (const item of list.children) this.readFieldBullet(item, fields, "triggers");
    this.doc.triggers.push({
      ...positionOf(list),
      shape: "field-block",
      signal: fields.signal ?? null,
      window: fields.window ?? null,
      threshold: fields.threshold ?? null,
      action: fields.committedAction ?? null,
      owner: fields.owner ?? null,
      text: stripMarks(this.raw(list)),
    });
  }

  private triggerListItem(item: ListItem): void {
    const text = plain(item);
    if (text === "") return;
    const at = positionOf(item);
    const fields: Record<string, Field> = {};
    for (const child of item.children) {
      if (child.type !== "list") continue;
      for (const nested of child.children) this.readFieldBullet(nested, fields, "triggers");
    }
    const lead = itemLead(item);
    const leadText = lead ? plain(lead) : text;
    // "If <signal> for <window>, then <action> (owner: X)".
    const conditional = /^\s*(?:if|when)\s+(.+?)(?:,\s*|\s+)(?:then\s+|→\s*|->\s*|=>\s*)(.+)$/i.exec(leadText);
    const inlineOwner = inlineFields(leadText).fields.find((field) => field.key === "owner");
    const owner = fields.owner ?? (inlineOwner ? { text: inlineOwner.text, ...at } : null);
    const window = fields.window ?? windowInText(leadText, at);
    this.doc.triggers.push({
      ...at,
      shape: "list",
      signal: fields.signal ?? (conditional ? { text: conditional[1]!, ...at } : null),
      window,
      threshold: fields.threshold ?? (conditional ? { text: conditional[1]!, ...at } : null),
      action: fields.committedAction ?? (conditional ? { text: conditional[2]!, ...at } : null),
      owner,
      text,
    });
  }

  // -- quality gate -------------------------------------------------------------------------------

  private selfAssessmentTable(table: Table): void {
    const [head, ...rows] = table.children;
    if (!head) return;
    const columns = mapColumns(head.children.map(plain), "quality-gate");
    const dimensionIndex = Math.max(0, columns.indexOf("dimension"));
    const scoreIndex = columns.indexOf("score");
    if (scoreIndex < 0) return;
    for (const row of rows) {
      const dimension = row.children[dimensionIndex] ? plain(row.children[dimensionIndex]) : "";
      const scoreText = row.children[scoreIndex] ? plain(row.children[scoreIndex]) : "";
      const score = /^\s*(\d+)/.exec(scoreText);
      if (!score || /^total\b/i.test(dimension)) continue;
      const assessment: SelfAssessment = { ...positionOf(row), dimension, score: Number(score[1]) };
      this.doc.selfAssessment.push(assessment);
    }
  }

  // -- source text --------------------------------------------------------------------------------

  /** The node's Markdown source, markup included (labels such as **Fact** live in the markup). */
  private raw(node: Node): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return plain(node);
    return this.doc.text.slice(start, end);
  }
}

function stripMarks(text: string): string {
  return text
    // A task item's paragraph can start at its "[ ]" box (it does when the text is struck through).
    .replace(/^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?/, "")
    .replace(/\*\*|__|~~|`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim();
}

/** What an entry says after its time, without the separator or a time zone ("UTC –", "EDT (17:14 UTC):"). */
function eventAfter(text: string, stampMatch: string): string {
  return text
    .slice(text.indexOf(stampMatch) + stampMatch.length)
    .replace(/^[\s*:–—|-]+/, "")
    .replace(/^(?:UTC|GMT|Z|[PMCE][SD]T|BST|CES?T|IST|JST|AE[SD]T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\b(?:\s*\([^)]*\))?[\s*:–—|-]*/, "");
}

/** What follows a date that only heads the day's entries: nothing, or a note on the times ("(all times UTC)"). */
function isDayHeader(rest: string): boolean {
  const text = rest.replace(/^[\s:–—,-]+|[\s:.–—-]+$/g, "");
  return text === "" || (text.length <= 40 && (/^\([^()]*\)$/.test(text) || timezoneStatement(text) !== null));
}

/** Wording that puts every entry on one day: "all events happened on", "all times are on", "unless otherwise noted". */
const ALL_ON_ONE_DAY = /\b(?:all|every|unless otherwise (?:noted|stated))\b[^.]{0,60}?\b(?:times?|timestamps?|events?|entries|happened|occurred|took place)\b/i;

/** The day a sentence puts the timeline's entries on, or null. */
function statedDay(text: string, order: NumericDateOrder | null): string | null {
  if (!ALL_ON_ONE_DAY.test(text)) return null;
  const date = findDate(text, order);
  return date?.valid ? date.iso : null;
}

/** "- [overview](https://grafana...)": a list item that is nothing but a link. */
function isLinkOnly(item: ListItem): boolean {
  const lead = itemLead(item);
  const meaningful = lead?.children.filter((child) => !(child.type === "text" && child.value.trim() === "")) ?? [];
  return item.children.length === 1 && meaningful.length === 1 && meaningful[0]!.type === "link";
}

/** Whether most filled cells of a column open with a fact/hypothesis word. */
function isLabelColumn(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== "");
  const labelled = filled.filter((cell) => labelFromCell(cell.split(/\s+/).slice(0, 2).join(" ")) !== null);
  return filled.length > 0 && labelled.length * 2 > filled.length;
}

/** "Add a check (@tariq)" or "Add a check — @tariq": the handle names the owner and is not part of the action. */
function withoutOwnerMention(title: string, handle: string): string {
  for (const mention of [`(${handle})`, `[${handle}]`]) {
    if (title.includes(mention)) return title.replace(mention, "").replace(/\s{2,}/g, " ").trim() || title;
  }
  return title.endsWith(handle) ? title.slice(0, -handle.length).replace(/[\s,;:(—–-]+$/, "") || title : title;
}

function isTimestampHeading(title: string): boolean {
  // Any year will do: only the shape counts ("Feb 21, 13:00").
  const stamp = leadingTimestamp(title, null, 2000);
  if (!stamp) return /^\s*(?:mon|tue|wed|thu|fri|sat|sun)?[a-z]*,?\s*\d{1,2}\s+[a-z]+\s*$|^\s*[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\s*$/i.test(title) && /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(title);
  return true;
}

/** Evidence written into an entry: a link, or "source: ...", "evidence: ...", "per ...". */
function evidenceInText(raw: string, at: Node | Position): Field | null {
  const position = "type" in at ? positionOf(at as Node) : (at as Position);
  const labelled = /\b(?:source|evidence|ref|see|via|per)\s*[:=]\s*([^;)\n]+)/i.exec(raw);
  if (labelled) return { text: labelled[1]!.trim(), ...position };
  const link = /\[[^\]]*\]\(([^)]+)\)|https?:\/\/\S+/.exec(raw);
  if (link) return { text: (link[1] ?? link[0]).trim(), ...position };
  const quoted = QUOTED_RECORD.exec(raw);
  if (quoted) return { text: quoted[0].trim(), ...position };
  return null;
}

/**
 * An entry that quotes or reads a record cites where it comes from: a fenced block of log or error
 * output, a screenshot, "logs show", "logged: ...", "System log ... reports".
 */
const QUOTED_RECORD = /^ {0,3}(?:```|~~~)|!\[[^\]]*\]\(|\blogs? (?:show|shows|showed|report\w*)\b|\blogged\b|\blog for [^.\n]{1,40}? reports?\b|\blooking at the logs\b/im;

function windowInText(text: string, at: Position): Field | null {
  const found = /\b(?:within|for|over|in|during)\s+(?:the\s+)?(?:first\s+|next\s+|last\s+)?\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|quarters?)\b/i.exec(text);
  return found ? { text: found[0], ...at } : null;
}
