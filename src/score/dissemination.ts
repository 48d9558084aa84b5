import type { PostmortemDoc } from "../model/types.js";
import { levelOf, quote } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

/** Dimension 5: a one-page TL;DR shareout and a recurring learnings review with owner and cadence. */
export const dissemination: Dimension = {
  id: 5,
  name: "Learning dissemination",
  grade(doc: PostmortemDoc) {
    const { shareouts, learningsReview: review } = doc.practice;
    const tldr = shareouts.filter((shareout) => shareout.kind === "tldr");
    const evidence: Evidence[] = [];
    for (const shareout of shareouts.slice(0, 3)) evidence.push(quote(shareout.kind === "tldr" ? "TL;DR shareout" : "summary", shareout));
    if (review) {
      evidence.push(quote("recurring review", review));
      if (review.cadence) evidence.push(quote("cadence", review.cadence));
      if (review.owner) evidence.push(quote("review owner", review.owner));
      if (review.inputs) evidence.push(quote("inputs", review.inputs));
      if (review.audience) evidence.push(quote("attendees", review.audience));
    }

    const complete = review !== null && review.cadence !== null && review.owner !== null && review.inputs !== null && review.audience !== null;
    const score = levelOf(shareouts.length > 0 || review !== null, tldr.length > 0 && complete);

    const missing: string[] = [];
    if (score === 0) {
      missing.push("add a short summary or TL;DR that people outside the review can read (what happened, what we learned, what changes)");
    } else if (score === 1) {
      if (tldr.length === 0) missing.push('add a one-page "TL;DR" shareout: what happened, what we learned, what changed, top actions with owners');
      if (!review) {
        missing.push('schedule a recurring learnings review (e.g. "### Learnings review" with **Cadence:**, **Owner:**, **Inputs:**, **Attendees:**)');
      } else {
        const absent = [
          review.cadence ? null : "**Cadence:** (e.g. monthly)",
          review.owner ? null : "**Owner:**",
          review.inputs ? null : "**Inputs:** (e.g. the action tracker)",
          review.audience ? null : "**Attendees:**",
        ].filter((part): part is string => part !== null);
        missing.push(`complete the recurring review at line ${review.line} with ${absent.join(", ")}`);
      }
    }
    return { score, evidence, missing };
  },
};
