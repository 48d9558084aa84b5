import type { Rule } from "../lint/types.js";

const rule: Rule = {
  meta: {
    id: "required-sections",
    description: "The sections a postmortem needs are present (by default: summary or impact, timeline, contributing factors or root cause, actions).",
    defaultSeverity: "error",
    messages: {
      missing: 'No "{name}" section: add a heading such as "## {name}" (headings are recognised by meaning; see pm inspect).',
    },
  },
  check(doc, context) {
    const present = new Set(doc.sections.map((section) => section.kind));
    const line = doc.title?.line ?? 1;
    return context.requiredSections
      .filter((required) => !required.kinds.some((kind) => present.has(kind)))
      .map((required) => ({ messageId: "missing", data: { name: required.name }, line }));
  },
};

export default rule;
