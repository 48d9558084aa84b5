/**
 * The typed postmortem model. Markdown is parsed once per file into mdast, and everything the
 * rules, the scorer and `pm actions` know about a document comes from here, each item with the
 * line it came from.
 */

import type { NumericDateOrder } from "./dates.js";
import type { Vocabulary } from "./vocabulary.js";

/** A 1-based place in the source file. */
export interface Position {
  line: number;
  column: number;
}

/** A piece of text found in the document, with where it starts. */
export interface Field extends Position {
  text: string;
}

/** What a section is for, recognised from its heading whatever words the author chose. */
export type SectionKind =
  | "summary"
  | "impact"
  | "timeline"
  | "contributing-factors"
  | "root-cause"
  | "five-whys"
  | "actions"
  | "triggers"
  | "lessons"
  | "decisions"
  | "dissemination"
  | "review-cadence"
  | "risks"
  | "open-questions"
  | "next-steps"
  | "parked"
  | "brief"
  | "agenda"
  | "went-well"
  | "went-wrong"
  | "resolution"
  | "detection"
  | "quality-gate";

export interface Section extends Position {
  title: string;
  depth: number;
  /** The kind recognised from this heading alone; null when the heading names nothing we know. */
  ownKind: SectionKind | null;
  /** The kind in force inside this section: its own, else the nearest enclosing section's. */
  kind: SectionKind | null;
  /** The last line of the section's content (up to the next heading of the same or a higher level). */
  endLine: number;
  /** Index of the enclosing section in `PostmortemDoc.sections`, or -1 at the top. */
  parent: number;
}

export type FactLabel = "fact" | "hypothesis";

export type ItemShape = "table" | "task-list" | "list" | "field-block" | "heading" | "paragraph";

export interface TimelineEntry extends Position {
  shape: ItemShape;
  /** The time as written ("14:05", "2025-03-17 16:06", "~14:10 - 14:25"), or null. */
  time: Field | null;
  /** Minutes after midnight of the first time in `time`, when it reads as a clock time. */
  minutes: number | null;
  /** The calendar date in force for this entry (from the time cell or a date heading above). */
  date: string | null;
  event: string;
  label: FactLabel | null;
  /** The words that gave the label ("**Fact**", "(hypothesis)"), for messages. */
  labelText: string | null;
  evidence: Field | null;
  /** All text of the entry, to look for wording such as hedges. */
  text: string;
}

export type ActionStatus = "open" | "in-progress" | "done" | "dropped";

export interface ActionItem extends Position {
  shape: ItemShape;
  title: string;
  owner: Field | null;
  due: Field | null;
  success: Field | null;
  followUp: Field | null;
  status: ActionStatus | null;
  statusText: string | null;
  priority: string | null;
  /** Every labelled field found on the action, by its normalised label. */
  fields: Record<string, Field>;
  text: string;
}

export interface Trigger extends Position {
  shape: ItemShape;
  signal: Field | null;
  window: Field | null;
  threshold: Field | null;
  action: Field | null;
  owner: Field | null;
  text: string;
}

/** A dimension score the document claims for itself in a "Quality Gate" table. */
export interface SelfAssessment extends Position {
  dimension: string;
  score: number;
}

export interface FrontMatter {
  /** The parsed mapping; empty when there is none or it could not be parsed. */
  data: Record<string, unknown>;
  /** Where the block starts; null when the document has none. */
  line: number | null;
  endLine: number | null;
  format: "yaml" | "toml" | null;
  error: { message: string; line: number; column: number } | null;
}

/** A problem with the file as a whole, reported once instead of as a pile of findings. */
export type DocumentProblem =
  | { kind: "empty"; line: 1; column: 1 }
  | { kind: "no-line-breaks"; line: 1; column: 1; length: number }
  | { kind: "too-deeply-nested"; line: number; column: 1 }
  | { kind: "mojibake"; line: number; column: number; sample: string; count: number };

export interface Comment extends Field {
  endLine: number;
}

/** A block of prose (paragraph, list item, table row or heading) and the section it sits in. */
export interface ProseBlock extends Position {
  shape: "paragraph" | "list-item" | "quote" | "table-row" | "heading";
  /** Plain text with the source's line breaks kept, so a match's line can be found. */
  text: string;
  /** Index in `PostmortemDoc.sections` of the innermost section holding it, or -1 before any heading. */
  section: number;
}

/** Wording that makes a person the cause or judges one ("human error", "@bob forgot to..."), with the line it stands on. */
export interface BlameMention extends Field {
  /** "judgement": words that judge a person; "person": a person made the cause of what went wrong. */
  kind: "judgement" | "person";
  /** The whole line it was found on, for messages. */
  lineText: string;
}

/** A moment of the incident: when it started, was detected, mitigated or resolved. */
export interface IncidentMoment extends Field {
  /** Minutes on one scale for the whole document (days since 1970 when dates are known), to subtract. */
  at: number;
  source: "front-matter" | "metadata" | "timeline";
}

export type DurationKind = "detect" | "mitigate" | "resolve" | "duration";

/** A duration the document states ("Time to detect: 10 minutes", "Duration: 55 minutes (10:15 - 11:10)"). */
export interface ClaimedDuration extends Field {
  kind: DurationKind;
  minutes: number;
  /** The start and end the claim itself gives ("10:15 AM - 11:10 AM"), when it gives them. */
  range: { from: number; to: number } | null;
}

/** When things happened and how long they took, from front matter, metadata or the timeline. */
export interface IncidentTimes {
  started: IncidentMoment | null;
  detected: IncidentMoment | null;
  mitigated: IncidentMoment | null;
  resolved: IncidentMoment | null;
  /** Minutes from start to detection, mitigation and resolution; null when either end is unknown. */
  timeToDetect: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
  /** Every timed timeline entry on the same minute scale, for checks that need other starting points. */
  timedEntries: Array<{ line: number; at: number }>;
  claimed: ClaimedDuration[];
}

/** A section (or a header field) about impact, and the figures it states. */
export interface ImpactStatement extends Position {
  title: string;
  /**
   * What states it: an impact section or an impact field ("**Customer impact:**") names the
   * document's impact; a summary section or a duration/downtime field also gives figures.
   */
  source: "impact-section" | "impact-field" | "summary" | "duration-field";
  /** Numbers with what they count: "~2,000 transactions", "15%", "$2,400", "47 minutes". */
  figures: Field[];
  /** Whether it still holds template placeholders ("{{impact}}", "X users"): nothing to judge yet. */
  unfilled: boolean;
}

export interface PostmortemDoc {
  file: string;
  text: string;
  /** pm's words plus the team's, as the document was read: every predicate on the model answers with them. */
  vocabulary: Vocabulary;
  /** The text of the first level-1 heading (or the front matter title). */
  title: Field | null;
  /** The incident date (YYYY-MM-DD) from front matter, the metadata or the title, if any. */
  incidentDate: Field | null;
  /** How the document writes numeric dates such as 10/14/2022, when its unambiguous ones agree; null otherwise. */
  dateOrder: NumericDateOrder | null;
  frontMatter: FrontMatter;
  /** Metadata written as "**Key:** value" lines or a two-column Field/Value table near the top. */
  metadata: Record<string, Field>;
  sections: Section[];
  timeline: TimelineEntry[];
  actions: ActionItem[];
  triggers: Trigger[];
  /** Later ideas explicitly parked (a "Parked ideas" section or list), kept apart from commitments. */
  parkedIdeas: Field[];
  selfAssessment: SelfAssessment[];
  /** Line ranges of code blocks and HTML comments: examples and instructions, not prose. */
  codeRanges: Array<{ line: number; endLine: number }>;
  /** Every HTML comment outside code, with its text (without `<!--` and `-->`) and where it starts and ends. */
  comments: Comment[];
  problems: DocumentProblem[];
  /** How the review itself was run and shared: roles, ground rules, factors, whys, shareout. */
  practice: ReviewPractice;
  /** Every block of prose with its section, for checks on wording (blame, summaries). */
  prose: ProseBlock[];
  /** Where the document says which timezone its times are in ("Time (UTC)", "All times in CET", `timezone:`). */
  timezone: Field | null;
  /** The postmortem owner(s) named in front matter or the header; falls back to the author(s). */
  owners: { fields: Field[]; source: "owner" | "author" | null };
  impact: ImpactStatement[];
  /** Blame wherever it stands in the prose: the blameless-language rule and `pm score` both read it. */
  blame: BlameMention[];
  times: IncidentTimes;
}

// -------------------------------------------------------------------------------------------------
// The review practice: what `pm score` grades beyond the timeline, actions and triggers.

export type RoleKind = "facilitator" | "scribe" | "decision-owner" | "incident-lead" | "attendees";

/** A named person, role or team, with the role it was given ("**Scribe:** Priya"). */
export interface Role extends Field {
  role: RoleKind;
}

/** The broad kind of a contributing factor, when the author grouped factors by kind. */
export type FactorCategory = "people" | "process" | "tech" | "comms" | "environment" | "organisation";

export interface ContributingFactor extends Position {
  text: string;
  /** The cluster the author put the factor in (a column, a sub-heading or a bold lead-in); null when unclustered. */
  category: FactorCategory | null;
  /** Why the decision or state made sense at the time ("local rationality"), when written down. */
  madeSense: Field | null;
}

/** One "why" chain (5 Whys): how many levels deep the author went. */
export interface WhyChain extends Position {
  steps: number;
}

/** A recurring review of the learnings (its heading), with what makes it run. */
export interface LearningsReview extends Field {
  cadence: Field | null;
  owner: Field | null;
  inputs: Field | null;
  audience: Field | null;
}

export interface Shareout extends Field {
  /** "tldr": a TL;DR, one-page shareout or executive summary; "summary": a plain summary or lessons section. */
  kind: "tldr" | "summary";
}

export interface ReviewPractice {
  /** The stated goal of the review ("**Goal:** learning + prevention"). */
  goal: Field | null;
  audience: Field | null;
  roles: Role[];
  /** Blameless ground rules or statements ("we are here to improve systems, not judge individuals"). */
  groundRules: Field[];
  /** Constraints such as anonymisation or privacy. */
  constraints: Field[];
  factors: ContributingFactor[];
  /** Prose paragraphs analysing causes, where factors are not itemised. */
  factorProse: Field[];
  whyChains: WhyChain[];
  shareouts: Shareout[];
  learningsReview: LearningsReview | null;
  /** Placeholders left in the title, headings or header fields: the marks of an unfilled template. */
  templateMarkers: Field[];
}
