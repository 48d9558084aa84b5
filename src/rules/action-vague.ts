import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findPeopleReliance, findVagueAction } from "../model/wording.js";

const rule: Rule = {
  meta: {
    id: "action-vague",
    description: "Every open action can be finished and verified, and changes the system instead of asking people to be more careful.",
    defaultSeverity: "warn",
    messages: {
      vague:
        'Action "{title}" can\'t be finished or verified as written ("{verb}"): name the concrete change and when it counts as done, e.g. "Add an alert when queue depth > 10k for 5 min", or give it a success signal.',
      peopleReliant:
        'Action "{title}" relies on people being more careful ("{phrase}"): change the system instead (an automated check, a guardrail, a safer default) so the same slip can\'t cause an incident again.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const action of doc.actions) {
      if (action.status === "done" || action.status === "dropped") continue;
      const title = short(action.title);
      const reliance = findPeopleReliance(action.title);
      if (reliance) {
        findings.push({ messageId: "peopleReliant", data: { title, phrase: reliance.match }, line: action.line, column: action.column, text: reliance.match });
        continue;
      }
      const vague = action.success ? null : findVagueAction(action.title);
      if (vague) findings.push({ messageId: "vague", data: { title, verb: vague.match.trim() }, line: action.line, column: action.column, text: vague.match });
    }
    return findings;
  },
};

export default rule;
