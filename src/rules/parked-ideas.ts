import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { hasPlaceholder } from "../model/predicates.js";
import { findLaterWording, hasParkingReason } from "../model/wording.js";

const rule: Rule = {
  meta: {
    id: "parked-ideas",
    description: "Later ideas are parked explicitly, with a reason, instead of sitting among the committed actions.",
    defaultSeverity: "warn",
    messages: {
      mixed:
        'Action "{title}" reads as a later idea ("{phrase}"): commit to it (owner, due date, success signal) or move it to a "Parked ideas" list with the reason it waits.',
      noReason: 'Parked idea "{idea}" gives no reason: say why it waits and when to revisit it (e.g. "(expensive; revisit after the dry-run ships)").',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const action of doc.actions) {
      if (action.status === "done" || action.status === "dropped") continue;
      const later = findLaterWording(action.title);
      if (later) findings.push({ messageId: "mixed", data: { title: short(action.title), phrase: later.match }, line: action.line, column: action.column, text: later.match });
    }
    for (const idea of doc.parkedIdeas) {
      if (!hasParkingReason(idea.text) && !hasPlaceholder(doc, idea.text)) findings.push({ messageId: "noReason", data: { idea: short(idea.text) }, line: idea.line, column: idea.column });
    }
    return findings.sort((a, b) => a.line - b.line);
  },
};

export default rule;
