import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findHedge } from "../model/vocabulary.js";

/**
 * A guess recorded as a fact is what the review then builds its analysis on, so this is an error;
 * an entry that is merely unlabelled is timeline-labels' business (a warning by default).
 */
const rule: Rule = {
  meta: {
    id: "timeline-fact-hypothesis",
    description: "No timeline entry worded as a guess is stated as fact: it is labelled hypothesis.",
    defaultSeverity: "error",
    messages: {
      hedgedFact: 'Timeline entry "{event}" is labelled fact but says "{hedge}": label it hypothesis until it is confirmed, or state what was observed.',
      unlabelledGuess: 'Timeline entry "{event}" says "{hedge}" but is not labelled: mark it "(hypothesis)" with how it will be confirmed, or state what was observed.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const entry of doc.timeline) {
      if (entry.label === "hypothesis") continue;
      const hedge = findHedge(entry.event);
      if (!hedge) continue;
      const event = short(entry.event || entry.text, 50);
      findings.push({ messageId: entry.label === "fact" ? "hedgedFact" : "unlabelledGuess", data: { event, hedge }, line: entry.line, column: entry.column, text: hedge });
    }
    return findings;
  },
};

export default rule;
