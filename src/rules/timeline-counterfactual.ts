import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findCounterfactual } from "../model/wording.js";

const rule: Rule = {
  meta: {
    id: "timeline-counterfactual",
    description: "The timeline says what happened, not what would, should or could have happened.",
    defaultSeverity: "warn",
    messages: {
      counterfactual:
        'Timeline entry "{event}" says "{phrase}": the timeline records what happened and when. Write what was observed, and move what could have gone differently to contributing factors, framed as what the system lacked.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const entry of doc.timeline) {
      const found = findCounterfactual(entry.text);
      if (found) findings.push({ messageId: "counterfactual", data: { event: short(entry.event || entry.text, 50), phrase: found.match }, line: entry.line, column: entry.column, text: found.match });
    }
    return findings;
  },
};

export default rule;
