import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { findPlaceholders } from "../model/vocabulary.js";

const rule: Rule = {
  meta: {
    id: "no-placeholders",
    description: "No template leftovers such as [Name], YYYY-MM-DD, TBD or XX remain.",
    defaultSeverity: "warn",
    messages: {
      placeholder: '"{placeholder}" is a template placeholder: replace it with the real value ("{context}").',
    },
  },
  check(doc, context) {
    const findings: Finding[] = [];
    const lines = doc.text.split("\n");
    const inCode = new Uint8Array(lines.length + 2);
    for (const range of doc.codeRanges) for (let line = range.line; line <= range.endLine; line++) inCode[line] = 1;
    lines.forEach((text, index) => {
      const line = index + 1;
      if (inCode[line]) return;
      for (const found of findPlaceholders(text, context.vocabulary)) {
        findings.push({ messageId: "placeholder", data: { placeholder: found.match, context: short(text.trim(), 60) }, line, column: found.index + 1, text: found.match });
      }
    });
    return findings;
  },
};

export default rule;
