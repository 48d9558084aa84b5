/**
 * The figures of `pm report`, computed once from the documents' records and shared by the HTML,
 * Markdown and JSON formats. Every figure carries how many documents it stands on, and the
 * documents left out of it are listed with why, so nothing drops silently out of a chart.
 */
import type { FactorCategory } from "../model/types.js";
import { daysBetween } from "../model/dates.js";
import { isRealOwner, SEVERITIES } from "../model/vocabulary.js";
import { DIMENSIONS } from "../score/index.js";
import { isOpen } from "../model/predicates.js";
import { filterActions, summariseByOwner, type OwnerSummary, type TrackedAction } from "../tracker/tracker.js";
import type { ReportedDocument } from "./document.js";

/** The label for documents that state no severity pm can read. */
export const NO_SEVERITY = "not stated";

export const DURATION_KINDS = ["detect", "mitigate", "resolve"] as const;
export type DurationKind = (typeof DURATION_KINDS)[number];

export const FACTOR_CLUSTERS: FactorCategory[] = ["people", "process", "tech", "comms", "environment", "organisation"];

/** Ages of open actions, counted from their postmortem's incident date. */
export const AGE_BUCKETS: Array<{ label: string; below: number }> = [
  { label: "under 30 days", below: 30 },
  { label: "30-89 days", below: 90 },
  { label: "90-179 days", below: 180 },
  { label: "180-364 days", below: 365 },
  { label: "a year or more", below: Infinity },
];

export interface DocumentRef {
  file: string;
  title: string | null;
}

export interface QuarterDistribution {
  quarter: string;
  /** Each incident's minutes, in document order, with its file. */
  points: Array<{ file: string; minutes: number }>;
  median: number;
}

export interface ActionRow {
  file: string;
  line: number;
  action: string;
  owner: string | null;
  due: string | null;
  dueText: string | null;
  status: TrackedAction["status"];
  daysOverdue: number | null;
}

export interface TableRow {
  file: string;
  date: string | null;
  title: string | null;
  severity: string;
  owner: string | null;
  grade: number | null;
  gradeMax: number;
  resolveMinutes: number | null;
  openActions: number;
  overdueActions: number;
}

export interface ReportData {
  today: string;
  /** The --owner the action figures are narrowed to; null for everyone's. */
  owner: string | null;
  documents: {
    total: number;
    /** Documents pm found no incident date in: left out of every figure over time. */
    undated: DocumentRef[];
    /** Documents whose moments give none of the three durations: left out of the duration charts. */
    noDurations: DocumentRef[];
  };
  incidentsPerMonth: {
    documents: number;
    severities: string[];
    months: Array<{ month: string; counts: Record<string, number>; total: number }>;
  };
  durations: Record<
    DurationKind,
    {
      documents: number;
      /** Dated documents whose moments don't give this duration. */
      missing: number;
      quarters: QuarterDistribution[];
      median: number | null;
    }
  >;
  actions: {
    /** Documents with at least one action (after --owner). */
    documents: number;
    total: number;
    open: number;
    inProgress: number;
    overdue: number;
    done: number;
    dropped: number;
    /** Actions whose due date has passed (and not dropped): how many are done. */
    closedByDue: { due: number; done: number; share: number | null };
    ageOfOpen: { documents: number; buckets: Array<{ label: string; count: number }>; undated: number };
    byOwner: OwnerSummary[];
    /** Open actions with no real owner, or with no calendar due date. */
    noOwner: ActionRow[];
    noDueDate: ActionRow[];
  };
  grades: {
    documents: number;
    ungraded: Array<DocumentRef & { reason: string }>;
    max: number;
    perDocument: Array<{ file: string; title: string | null; date: string | null; total: number }>;
    perQuarter: Array<{ quarter: string; documents: number; median: number }>;
    dimensions: Array<{ id: number; name: string; mean: number; counts: [number, number, number] }>;
    /** The dimension with the lowest mean grade across the collection. */
    weakest: { id: number; name: string; mean: number } | null;
  };
  factors: {
    /** Documents that put at least one factor in a cluster. */
    documents: number;
    clusters: Array<{ cluster: FactorCategory; documents: number; factors: number }>;
  };
  table: TableRow[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function byText<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function ref({ file, title }: ReportedDocument): DocumentRef {
  return { file, title };
}

function actionRow(action: TrackedAction): ActionRow {
  const { document: file, line, action: text, owner, due, dueText, status, daysOverdue } = action;
  return { file, line, action: text, owner, due, dueText, status, daysOverdue };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return new Map([...groups].sort(byText(([name]) => name)));
}

export function buildReport(all: ReportedDocument[], today: string, owner: string | null): ReportData {
  const documents = [...all].sort(byText((doc) => `${doc.date ?? "9999"} ${doc.file}`));
  const dated = documents.filter((doc) => doc.date !== null);
  const actionsOf = (doc: ReportedDocument) => (owner === null ? doc.actions : filterActions(doc.actions, { owner }, today));

  return {
    today,
    owner,
    documents: {
      total: documents.length,
      undated: documents.filter((doc) => doc.date === null).map(ref),
      noDurations: documents.filter((doc) => DURATION_KINDS.every((kind) => doc.minutes[kind] === null)).map(ref),
    },
    incidentsPerMonth: incidentsPerMonth(dated),
    durations: Object.fromEntries(DURATION_KINDS.map((kind) => [kind, durations(dated, kind)])) as ReportData["durations"],
    actions: actionFigures(documents, actionsOf, today),
    grades: gradeFigures(documents),
    factors: factorFigures(documents),
    table: documents.map((doc) => {
      const actions = actionsOf(doc);
      return {
        file: doc.file,
        date: doc.date,
        title: doc.title,
        severity: doc.severity ?? NO_SEVERITY,
        owner: doc.owner,
        grade: doc.grade?.total ?? null,
        gradeMax: doc.grade?.max ?? DIMENSIONS.length * 2,
        resolveMinutes: doc.minutes.resolve,
        openActions: actions.filter(isOpen).length,
        overdueActions: actions.filter((action) => action.daysOverdue !== null).length,
      };
    }),
  };
}

function incidentsPerMonth(dated: ReportedDocument[]): ReportData["incidentsPerMonth"] {
  const present = new Set<string>(dated.map((doc) => doc.severity ?? NO_SEVERITY));
  const severities = [...SEVERITIES, NO_SEVERITY].filter((severity) => present.has(severity));
  const months = [...groupBy(dated, (doc) => doc.date!.slice(0, 7))].map(([month, docs]) => {
    const counts = Object.fromEntries(severities.map((severity) => [severity, docs.filter((doc) => (doc.severity ?? NO_SEVERITY) === severity).length]));
    return { month, counts, total: docs.length };
  });
  return { documents: dated.length, severities, months: fillMonths(months, severities) };
}

/** Months with no incident are shown as zero, so the chart's spacing is time's. */
function fillMonths(months: ReportData["incidentsPerMonth"]["months"], severities: string[]): ReportData["incidentsPerMonth"]["months"] {
  if (months.length === 0) return months;
  const known = new Map(months.map((month) => [month.month, month]));
  const filled = [];
  let [year, month] = months[0]!.month.split("-").map(Number) as [number, number];
  const last = months[months.length - 1]!.month;
  // A stray far-off date (a typo such as 2062) must not make thousands of empty months.
  for (let steps = 0; steps < 240; steps++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    filled.push(known.get(key) ?? { month: key, counts: Object.fromEntries(severities.map((severity) => [severity, 0])), total: 0 });
    if (key >= last) return filled;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function durations(dated: ReportedDocument[], kind: DurationKind): ReportData["durations"][DurationKind] {
  const timed = dated.filter((doc) => doc.minutes[kind] !== null && doc.minutes[kind]! >= 0);
  const quarters = [...groupBy(timed, (doc) => quarterOf(doc.date!))].map(([quarter, docs]) => {
    const points = docs.map((doc) => ({ file: doc.file, minutes: doc.minutes[kind]! }));
    return { quarter, points, median: median(points.map((point) => point.minutes)) };
  });
  return {
    documents: timed.length,
    missing: dated.length - timed.length,
    quarters,
    median: timed.length > 0 ? median(timed.map((doc) => doc.minutes[kind]!)) : null,
  };
}

function actionFigures(documents: ReportedDocument[], actionsOf: (doc: ReportedDocument) => TrackedAction[], today: string): ReportData["actions"] {
  const all: TrackedAction[] = [];
  let withActions = 0;
  const buckets = AGE_BUCKETS.map(({ label }) => ({ label, count: 0 }));
  let undatedOpen = 0;
  const agedDocuments = new Set<string>();
  for (const doc of documents) {
    const actions = actionsOf(doc);
    if (actions.length > 0) withActions++;
    all.push(...actions);
    const open = actions.filter(isOpen).length;
    if (open === 0) continue;
    if (doc.date === null) {
      undatedOpen += open;
      continue;
    }
    // An action is as old as the review that agreed it.
    const age = Math.max(0, daysBetween(doc.date, today));
    buckets[AGE_BUCKETS.findIndex((bucket) => age < bucket.below)]!.count += open;
    agedDocuments.add(doc.file);
  }
  const open = all.filter(isOpen);
  const pastDue = all.filter((action) => action.due !== null && action.due < today && action.status !== "dropped");
  const doneByDue = pastDue.filter((action) => action.status === "done").length;
  return {
    documents: withActions,
    total: all.length,
    open: open.length,
    inProgress: all.filter((action) => action.status === "in-progress").length,
    overdue: all.filter((action) => action.daysOverdue !== null).length,
    done: all.filter((action) => action.status === "done").length,
    dropped: all.filter((action) => action.status === "dropped").length,
    closedByDue: { due: pastDue.length, done: doneByDue, share: pastDue.length > 0 ? doneByDue / pastDue.length : null },
    ageOfOpen: { documents: agedDocuments.size, buckets, undated: undatedOpen },
    byOwner: summariseByOwner(all),
    noOwner: open.filter((action) => !isRealOwner(action.owner)).map(actionRow),
    noDueDate: open.filter((action) => action.due === null).map(actionRow),
  };
}

function gradeFigures(documents: ReportedDocument[]): ReportData["grades"] {
  const graded = documents.filter((doc) => doc.grade !== null);
  const dimensions = DIMENSIONS.map((dimension, index) => {
    const counts: [number, number, number] = [0, 0, 0];
    for (const doc of graded) counts[doc.grade!.dimensions[index] as 0 | 1 | 2]++;
    const mean = graded.length > 0 ? (counts[1] + 2 * counts[2]) / graded.length : 0;
    return { id: dimension.id, name: dimension.name, mean, counts };
  });
  const weakest = graded.length > 0 ? dimensions.reduce((low, dimension) => (dimension.mean < low.mean ? dimension : low)) : null;
  return {
    documents: graded.length,
    ungraded: documents.filter((doc) => doc.ungraded !== null).map(({ file, title, ungraded }) => ({ file, title, reason: ungraded! })),
    max: DIMENSIONS.length * 2,
    perDocument: graded.map((doc) => ({ file: doc.file, title: doc.title, date: doc.date, total: doc.grade!.total })),
    perQuarter: [...groupBy(graded.filter((doc) => doc.date !== null), (doc) => quarterOf(doc.date!))].map(([quarter, docs]) => ({
      quarter,
      documents: docs.length,
      median: median(docs.map((doc) => doc.grade!.total)),
    })),
    dimensions,
    weakest: weakest && { id: weakest.id, name: weakest.name, mean: weakest.mean },
  };
}

function factorFigures(documents: ReportedDocument[]): ReportData["factors"] {
  return {
    documents: documents.filter((doc) => Object.keys(doc.factors).length > 0).length,
    clusters: FACTOR_CLUSTERS.map((cluster) => ({
      cluster,
      documents: documents.filter((doc) => (doc.factors[cluster] ?? 0) > 0).length,
      factors: documents.reduce((sum, doc) => sum + (doc.factors[cluster] ?? 0), 0),
    })).filter((entry) => entry.factors > 0),
  };
}
