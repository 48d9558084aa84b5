import type { Finding, Rule } from "../lint/types.js";

const rule: Rule = {
  meta: {
    id: "required-sections",
    description:
      "The sections a postmortem needs are present: those its template declares when the front matter names one (template: NAME), else summary or impact, timeline, contributing factors or root cause, actions.",
    defaultSeverity: "error",
    messages: {
      missing: 'No "{name}" section: add a heading such as "## {name}" (headings are recognised by meaning; see pm inspect).',
      missingForTemplate: 'No "{name}" section, which the {template} template requires: add a heading such as "## {name}" (see pm templates --verbose).',
      unknownTemplate: 'The front matter names template "{template}", which can\'t be used ({problem}); checking the default sections instead: fix the name, or pass --templates DIR.',
    },
  },
  check(doc, context) {
    const present = new Set(doc.sections.map((section) => section.kind));
    const line = doc.title?.line ?? 1;
    const findings: Finding[] = [];
    const template = context.template;
    if (template?.problem) {
      findings.push({ messageId: "unknownTemplate", data: { template: template.name, problem: template.problem }, line: doc.frontMatter.line ?? 1 });
    }
    for (const required of context.requiredSections) {
      if (required.kinds.some((kind) => present.has(kind))) continue;
      if (template && !template.problem) findings.push({ messageId: "missingForTemplate", data: { name: required.name, template: template.name }, line });
      else findings.push({ messageId: "missing", data: { name: required.name }, line });
    }
    return findings;
  },
};

export default rule;
