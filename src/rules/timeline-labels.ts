import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findHedge } from "../model/vocabulary.js";

/**
 * Labels keep what was seen apart from what was guessed. A log of plain observations with no
 * labels at all is one warning for the whole timeline: reviewers found one per entry to be noise.
 */
const rule: Rule = {
  meta: {
    id: "timeline-labels",
    description: "Every timeline entry is labelled fact or hypothesis.",
    defaultSeverity: "warn",
    messages: {
      noneLabelled:
        "None of the {count} timeline entries says whether it is a fact or a hypothesis: add a Fact/Hypothesis column, or mark each entry \"(fact)\" or \"(hypothesis)\".",
      unlabelled: 'Timeline entry "{event}" is not labelled: mark it "(fact)" with its evidence, or "(hypothesis)" with how it will be confirmed.',
    },
  },
  check(doc) {
    const entries = doc.timeline;
    const unlabelled = entries.filter((entry) => entry.label === null);
    if (unlabelled.length === entries.length && entries.length >= 2) {
      return [{ messageId: "noneLabelled", data: { count: entries.length }, line: entries[0]!.line, column: entries[0]!.column }];
    }
    // An unlabelled entry worded as a guess is timeline-fact-hypothesis's error already.
    return unlabelled.filter((entry) => !findHedge(entry.event)).map((entry): Finding => ({ messageId: "unlabelled", data: { event: short(entry.event || entry.text, 50) }, line: entry.line, column: entry.column }));
  },
};

export default rule;
