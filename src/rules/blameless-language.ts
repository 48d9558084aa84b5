import { short } from "../lint/text.js";
import type { Rule } from "../lint/types.js";

function allowList(options: Readonly<Record<string, unknown>> | undefined): string[] {
  const allow = options?.allow;
  return Array.isArray(allow) ? allow.filter((item): item is string => typeof item === "string") : [];
}

const rule: Rule = {
  meta: {
    id: "blameless-language",
    description: "Causes are described as conditions of the system, not as a person's failing (no \"human error\", no person as the cause).",
    defaultSeverity: "warn",
    options: {
      description: "`allow`, words, names or @handles never reported (a product called Blame).",
      example: "{ allow: [] }",
      schemaDefinition: "blamelessEntry",
    },
    messages: {
      judgement:
        '"{phrase}" judges a person ("{context}"): say what in the system made the mistake possible and why the action made sense at the time. Blameless postmortems fix systems, not people, and blame makes people stop reporting.',
      person:
        '"{phrase}" makes a person the cause ("{context}"): describe the missing guardrail, unclear runbook or absent check instead. People act reasonably on what they know; the fix belongs in the system.',
    },
  },
  check(doc, context) {
    const allowed = allowList(context.options).map((item) => item.toLowerCase()).filter((item) => item !== "");
    return doc.blame
      .filter((mention) => !allowed.some((item) => mention.text.toLowerCase().includes(item)))
      .map((mention) => ({
        messageId: mention.kind,
        data: { phrase: mention.text, context: short(mention.lineText, 70) },
        line: mention.line,
        column: mention.column,
        text: mention.text,
      }));
  },
};

export default rule;
