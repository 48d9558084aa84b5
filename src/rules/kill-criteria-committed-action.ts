import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { deferralIn, isOwner } from "../model/predicates.js";
import { findCommittedAction, hasThreshold } from "../model/vocabulary.js";

const rule: Rule = {
  meta: {
    id: "kill-criteria-committed-action",
    description: "Every kill criterion names an observable signal with a threshold, a committed action and an owner.",
    defaultSeverity: "error",
    messages: {
      deferral:
        'Trigger "{signal}" defers the decision ("{deferral}"): commit now to what happens when it fires (halt, pause, freeze, roll back, escalate, kill...).',
      noAction: 'Trigger "{signal}" names no committed action: say what will be done when it fires (halt, pause, freeze, roll back, escalate, kill...).',
      noThreshold: 'Trigger "{signal}" has no threshold: say how much of the signal fires it (a number, a count, a percentage).',
      noOwner: 'Trigger "{signal}" has no owner: name who acts when it fires.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const trigger of doc.triggers) {
      const signal = short(trigger.signal?.text ?? trigger.text, 50);
      const actionText = trigger.action?.text ?? trigger.text;
      const at = { line: trigger.action?.line ?? trigger.line, column: trigger.action?.column ?? trigger.column };
      const deferral = deferralIn(doc, actionText);
      const committed = findCommittedAction(actionText);
      // "Discuss whether to roll back" defers; "Roll back, then discuss in the retro" commits first.
      if (deferral && (!committed || actionText.indexOf(deferral) < actionText.indexOf(committed))) {
        findings.push({ messageId: "deferral", data: { signal, deferral }, ...at });
      } else if (!committed) {
        findings.push({ messageId: "noAction", data: { signal }, ...at });
      }
      const thresholdText = [trigger.threshold?.text, trigger.signal?.text].filter(Boolean).join(" ") || trigger.text;
      if (!hasThreshold(thresholdText)) findings.push({ messageId: "noThreshold", data: { signal }, line: trigger.line, column: trigger.column });
      if (!isOwner(doc, trigger.owner)) findings.push({ messageId: "noOwner", data: { signal }, line: trigger.owner?.line ?? trigger.line, column: trigger.owner?.column ?? trigger.column, text: trigger.owner?.text });
    }
    return findings;
  },
};

export default rule;
