import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { hasPlaceholder } from "../model/predicates.js";
import { findConfirmationPlan } from "../model/wording.js";

const rule: Rule = {
  meta: {
    id: "timeline-evidence",
    description: "Timeline entries labelled fact cite their evidence; entries labelled hypothesis say how they will be confirmed.",
    defaultSeverity: "warn",
    messages: {
      noneCited:
        'None of the {count} timeline entries labelled fact cites its evidence: add a Source column, a link, or "source: ..." (the log, dashboard, alert or chat thread that shows it).',
      factWithoutEvidence: 'Timeline entry "{event}" is labelled fact but cites no evidence: add the log, dashboard, alert or thread that shows it (a Source column, a link, or "source: ...").',
      hypothesisWithoutPlan: 'Timeline entry "{event}" is a hypothesis with no way to confirm it: say what will confirm or rule it out (which log to check, which test to run, who will verify).',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    // Entries still holding template placeholders are no-placeholders' to report.
    const filled = doc.timeline.filter((entry) => !hasPlaceholder(doc, entry.text));
    const facts = filled.filter((entry) => entry.label === "fact");
    const uncited = facts.filter((entry) => entry.evidence === null);
    if (uncited.length >= 2 && uncited.length === facts.length) {
      findings.push({ messageId: "noneCited", data: { count: facts.length }, line: uncited[0]!.line, column: uncited[0]!.column });
    } else {
      for (const entry of uncited) findings.push({ messageId: "factWithoutEvidence", data: { event: short(entry.event || entry.text, 50) }, line: entry.line, column: entry.column });
    }
    for (const entry of filled) {
      if (entry.label !== "hypothesis") continue;
      // The hypothesis label itself ("Hypothesis") never counts as the plan; the rest of the entry may.
      const rest = entry.labelText ? entry.text.replace(entry.labelText, "") : entry.text;
      if (!findConfirmationPlan(rest)) findings.push({ messageId: "hypothesisWithoutPlan", data: { event: short(entry.event || entry.text, 50) }, line: entry.line, column: entry.column });
    }
    return findings.sort((a, b) => a.line - b.line);
  },
};

export default rule;
