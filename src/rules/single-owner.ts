import type { Rule } from "../lint/types.js";
import { headerUnfilled } from "../model/guidance.js";
import { isOwner } from "../model/predicates.js";

const rule: Rule = {
  meta: {
    id: "single-owner",
    description: "The document names exactly one postmortem owner, in front matter or the header.",
    defaultSeverity: "warn",
    messages: {
      missing:
        'No postmortem owner is named: add "owner: <name>" to the front matter or an "**Owner:** <name>" line under the title. One person drives the review, the write-up and the actions to done.',
      several: 'The document names {count} owners ({names}): name one person accountable for the postmortem and list the others as authors or reviewers.',
      authors: 'The document lists {count} authors ({names}) but no owner: say which one owns the postmortem and its follow-up ("owner: <name>").',
    },
  },
  check(doc) {
    const { fields, source } = doc.owners;
    // An unfilled header ("**Owner:** [Name]", "{{decisionOwner}}") is no-placeholders' finding, not a second one here.
    if (headerUnfilled(doc)) return [];
    const first = fields[0];
    if (!first || source === null) return [{ messageId: "missing", line: doc.title?.line ?? 1 }];
    const real = fields.filter((field) => isOwner(doc, field));
    if (real.length <= 1) return [];
    const at = { line: first.line, column: first.column };
    const data = { count: real.length, names: real.map((field) => field.text).join(", ") };
    return [{ messageId: source === "owner" ? "several" : "authors", data, ...at }];
  },
};

export default rule;
