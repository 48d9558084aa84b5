/**
 * Grades a postmortem on the six dimensions of the rubric. Every scorer is a pure function of the
 * model; this module adds them up, names the verdict band and sets the document's own grades
 * (a "Quality Gate" table) beside the measured ones.
 */
import type { PostmortemDoc, SelfAssessment } from "../model/types.js";
import { actions } from "./actions.js";
import { dissemination } from "./dissemination.js";
import { scope } from "./scope.js";
import { systems } from "./systems.js";
import { timeline } from "./timeline.js";
import { triggers } from "./triggers.js";
import type { Dimension, DimensionGrade, Grade } from "./types.js";

export const DIMENSIONS: Dimension[] = [scope, timeline, systems, actions, dissemination, triggers];
export const MAX_TOTAL = DIMENSIONS.length * 2;

export type Verdict = "ship" | "ship-with-assumptions" | "another-intake-round";

export const VERDICT_TEXT: Record<Verdict, string> = {
  ship: "ship as is",
  "ship-with-assumptions": "ship with explicit assumptions and a short list of unknowns",
  "another-intake-round": "another intake round before finalising",
};

export interface DimensionResult extends DimensionGrade {
  id: number;
  name: string;
  /** The score the document gives itself for this dimension, when it grades itself. */
  claimed: Grade | null;
}

export type DocumentScore =
  | {
      file: string;
      scorable: true;
      total: number;
      max: number;
      verdict: Verdict;
      dimensions: DimensionResult[];
      /** Why the whole document scored as it did, when one reason explains every dimension. */
      note: string | null;
      /** Minutes from the start to detection, mitigation and resolution, from the timeline or front matter. */
      durations: { timeToDetect: number | null; timeToMitigate: number | null; timeToResolve: number | null };
    }
  | { file: string; scorable: false; reason: string };

export function verdictFor(total: number): Verdict {
  if (total >= 10) return "ship";
  return total >= 7 ? "ship-with-assumptions" : "another-intake-round";
}

export function scoreDocument(doc: PostmortemDoc): DocumentScore {
  if (doc.problems.some((problem) => problem.kind === "no-line-breaks")) {
    return {
      file: doc.file,
      scorable: false,
      reason: "has no line breaks, so its sections, tables and lists can't be told apart; restore the line breaks and score it again",
    };
  }
  const template = unfilledTemplate(doc);
  const dimensions = DIMENSIONS.map((dimension): DimensionResult => ({
    id: dimension.id,
    name: dimension.name,
    ...(template ? { score: 0, evidence: [], missing: [template] } : dimension.grade(doc)),
    claimed: claimedScore(doc.selfAssessment, dimension),
  }));
  const total = dimensions.reduce((sum, dimension) => sum + dimension.score, 0);
  const { timeToDetect, timeToMitigate, timeToResolve } = doc.times;
  const durations = { timeToDetect, timeToMitigate, timeToResolve };
  return { file: doc.file, scorable: true, total, max: MAX_TOTAL, verdict: verdictFor(total), dimensions, note: template, durations };
}

/**
 * A template still waiting for its incident: the title, or two headings or header fields, are
 * placeholders. Its worked examples show what good looks like; they are not this incident's
 * evidence, so nothing in it earns a grade. Returns what to do, or null for a real document.
 */
function unfilledTemplate(doc: PostmortemDoc): string | null {
  const markers = doc.practice.templateMarkers;
  const titled = doc.title !== null && markers.some((marker) => marker.line === doc.title!.line);
  if (!titled && markers.length < 2) return null;
  const where = markers.slice(0, 3).map((marker) => `"${marker.text}" (line ${marker.line})`).join(", ");
  return `this is an unfilled template (${where}): replace the placeholders and examples with this incident's facts, then score it again`;
}

/** Words that name each dimension in a self-assessment row that carries no number. */
const DIMENSION_WORDS: Record<number, RegExp> = {
  1: /scope|safety|clarity/i,
  2: /evidence|timeline/i,
  3: /systems|contributing|factors/i,
  4: /decision|action/i,
  5: /dissemination|learning|shareout/i,
  6: /kill|trigger/i,
};

function claimedScore(rows: SelfAssessment[], dimension: Dimension): Grade | null {
  const row =
    rows.find((candidate) => Number(/^\s*(\d)\b/.exec(candidate.dimension)?.[1]) === dimension.id) ??
    rows.find((candidate) => !/^\s*\d/.test(candidate.dimension) && DIMENSION_WORDS[dimension.id]!.test(candidate.dimension));
  if (!row || row.score < 0 || row.score > 2) return null;
  return row.score as Grade;
}
