import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findDate } from "../model/dates.js";
import { isOpen, isWritten } from "../model/predicates.js";

const rule: Rule = {
  meta: {
    id: "action-due-date",
    description: "Every open action has a due date that is a real calendar date, not before the incident.",
    defaultSeverity: "error",
    messages: {
      noneHave: "None of the {count} open actions has a due date: add a Due column (or \"due: YYYY-MM-DD\" on each action).",
      missing: 'Action "{title}" has no due date: add one as YYYY-MM-DD (a Due column, "due: 2026-05-01" or a "**Due:**" bullet).',
      notADate: 'Action "{title}" is due "{due}", which is not a calendar date: write the day it is due as YYYY-MM-DD.',
      invalid: 'Action "{title}" is due {due}, a date that does not exist: check the month and day.',
      ambiguous: 'Action "{title}" is due {due}, which reads as two different days (month/day or day/month) and no other date in the document tells which: write it as YYYY-MM-DD.',
      beforeIncident: 'Action "{title}" is due {due}, before the incident on {incident}: a follow-up can\'t be due before the incident it follows.',
    },
  },
  check(doc) {
    // Finished and dropped actions are not nagged about dates.
    const open = doc.actions.filter(isOpen);
    if (open.length >= 2 && open.every((action) => !action.due)) {
      return [{ messageId: "noneHave", data: { count: open.length }, line: open[0]!.line, column: open[0]!.column }];
    }
    const findings: Finding[] = [];
    for (const action of open) {
      const title = short(action.title);
      const due = action.due;
      if (!due || !isWritten(doc, due)) {
        findings.push({ messageId: "missing", data: { title }, line: due?.line ?? action.line, column: due?.column ?? action.column });
        continue;
      }
      const date = findDate(due.text, doc.dateOrder);
      if (!date) findings.push({ messageId: "notADate", data: { title, due: short(due.text, 30) }, line: due.line, column: due.column, text: due.text });
      else if (date.ambiguous) findings.push({ messageId: "ambiguous", data: { title, due: date.match }, line: due.line, column: due.column, text: date.match });
      else if (!date.valid) findings.push({ messageId: "invalid", data: { title, due: date.match }, line: due.line, column: due.column, text: date.match });
      else if (doc.incidentDate && date.iso < doc.incidentDate.text) {
        findings.push({ messageId: "beforeIncident", data: { title, due: date.iso, incident: doc.incidentDate.text }, line: due.line, column: due.column, text: due.text });
      }
    }
    return findings;
  },
};

export default rule;
