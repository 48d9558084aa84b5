import type { PostmortemDoc } from "../model/types.js";

/** What earned (part of) a score, with the lines a reader can check. */
export interface Evidence {
  text: string;
  lines: number[];
}

export type Grade = 0 | 1 | 2;

export interface DimensionGrade {
  score: Grade;
  evidence: Evidence[];
  /** What the author can add to reach the next level; empty at 2. */
  missing: string[];
}

export interface Dimension {
  id: number;
  name: string;
  grade(doc: PostmortemDoc): DimensionGrade;
}
