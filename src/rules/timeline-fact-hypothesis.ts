import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findHedge } from "../model/vocabulary.js";

const rule: Rule = {
  meta: {
    id: "timeline-fact-hypothesis",
    description: "Every timeline entry is labelled fact or hypothesis, and entries labelled fact are not worded as guesses.",
    defaultSeverity: "warn",
    messages: {
      noneLabelled:
        "None of the {count} timeline entries says whether it is a fact or a hypothesis: add a Fact/Hypothesis column, or mark each entry \"(fact)\" or \"(hypothesis)\".",
      unlabelled: 'Timeline entry "{event}" is not labelled: mark it "(fact)" with its evidence, or "(hypothesis)" with how it will be confirmed.',
      hedgedFact: 'Timeline entry "{event}" is labelled fact but says "{hedge}": label it hypothesis until it is confirmed, or state what was observed.',
    },
  },
  check(doc) {
    const entries = doc.timeline;
    if (entries.length === 0) return [];
    const labelled = entries.filter((entry) => entry.label !== null);
    // One finding for a timeline that uses no labels at all, instead of one per entry.
    if (labelled.length === 0 && entries.length >= 2) return [{ messageId: "noneLabelled", data: { count: entries.length }, line: entries[0]!.line, column: entries[0]!.column }];
    const findings: Finding[] = [];
    for (const entry of entries) {
      const event = short(entry.event || entry.text, 50);
      if (entry.label === null) {
        findings.push({ messageId: "unlabelled", data: { event }, line: entry.line, column: entry.column });
        continue;
      }
      const hedge = entry.label === "fact" ? findHedge(entry.event) : null;
      if (hedge) findings.push({ messageId: "hedgedFact", data: { event, hedge }, line: entry.line, column: entry.column, text: hedge });
    }
    return findings;
  },
};

export default rule;
