/**
 * What `pm report` keeps of one postmortem: a small record made from the model (its date,
 * severity, owner, durations, tracked actions, rubric grade and factor clusters), so the report
 * holds one of these per document instead of every document's text and tree.
 */
import type { FactorCategory, PostmortemDoc } from "../model/types.js";
import { severityFromText, type SeverityLevel } from "../model/vocabulary.js";
import { scoreDocument } from "../score/index.js";
import { trackActions, type TrackedAction } from "../tracker/tracker.js";

export interface DocumentGrade {
  total: number;
  max: number;
  /** Each dimension's grade (0-2), in the rubric's order. */
  dimensions: number[];
}

export interface ReportedDocument {
  /** The path as the user sees it (relative to the working directory). */
  file: string;
  title: string | null;
  /** The incident date, YYYY-MM-DD; null when pm could not date the document. */
  date: string | null;
  severity: SeverityLevel | null;
  /** The postmortem's owner(s) (or author(s)) as written. */
  owner: string | null;
  /** Minutes from the start of the incident; null when the document's moments don't give them. */
  minutes: { detect: number | null; mitigate: number | null; resolve: number | null };
  actions: TrackedAction[];
  /** The rubric grade; null when the document can't be graded (see `ungraded`). */
  grade: DocumentGrade | null;
  /** Why there is no grade (no line breaks, an unfilled template); null when graded. */
  ungraded: string | null;
  /** How many contributing factors the document puts in each cluster. */
  factors: Partial<Record<FactorCategory, number>>;
}

/** Where documents state their severity: front matter first, then a header field. */
const SEVERITY_KEYS = ["severity", "sev", "incident severity", "priority"];

/** "SEV-1", "sev2 (major)", "P3": the severity a document states, or null. */
export function severityOf(doc: PostmortemDoc): SeverityLevel | null {
  const candidates: string[] = [];
  for (const key of SEVERITY_KEYS) {
    const value = doc.frontMatter.data[key];
    if (typeof value === "string" || typeof value === "number") candidates.push(String(value));
  }
  for (const key of SEVERITY_KEYS) {
    const field = doc.metadata[key];
    if (field) candidates.push(field.text);
  }
  for (const text of candidates) {
    const level = severityFromText(text) ?? severityFromText(/\b(?:sev|s|p)\s*-?\s*[1-4]\b/i.exec(text)?.[0] ?? "");
    if (level) return level;
  }
  return null;
}

export function reportedDocument(doc: PostmortemDoc, today: string): ReportedDocument {
  const score = scoreDocument(doc);
  const graded = score.scorable && score.note === null;
  const factors: Partial<Record<FactorCategory, number>> = {};
  for (const factor of doc.practice.factors) {
    if (factor.category !== null) factors[factor.category] = (factors[factor.category] ?? 0) + 1;
  }
  const owner = doc.owners.fields.map((field) => field.text.trim()).filter((text) => text !== "").join(", ");
  return {
    file: doc.file,
    title: doc.title?.text.trim() || null,
    date: doc.incidentDate?.text ?? null,
    severity: severityOf(doc),
    owner: owner || null,
    minutes: { detect: doc.times.timeToDetect, mitigate: doc.times.timeToMitigate, resolve: doc.times.timeToResolve },
    actions: trackActions(doc, today),
    grade: graded ? { total: score.total, max: score.max, dimensions: score.dimensions.map((dimension) => dimension.score) } : null,
    ungraded: !score.scorable ? "no line breaks" : score.note !== null ? "an unfilled template" : null,
    factors,
  };
}
