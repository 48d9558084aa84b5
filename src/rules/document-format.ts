import type { Finding, Rule } from "../lint/types.js";

const rule: Rule = {
  meta: {
    id: "document-format",
    description: "The file reads as Markdown: it is not empty, has line breaks, valid front matter and no mojibake from a bad encoding round trip.",
    defaultSeverity: "error",
    checksUnreadableDocuments: true,
    messages: {
      empty: "The document is empty: write the postmortem (summary, timeline, contributing factors, action items) or delete the file.",
      tooDeeplyNested:
        'The document nests lists or block quotes hundreds of levels deep, too deep to read: look for a long run of list or quote markers such as "- - - -" or "> > > >".',
      noLineBreaks:
        "The document has no line breaks ({length} characters on one line), so its headings, tables and lists can't be read: restore the line breaks (it looks flattened by a copy or an export).",
      mojibake:
        'Text such as "{sample}" is mojibake from a bad encoding round trip ({count} places): re-save the file as UTF-8 from the original, or replace the garbled characters.',
      frontMatter: "The front matter is not valid YAML: {message}.",
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const problem of doc.problems) {
      if (problem.kind === "empty") findings.push({ messageId: "empty", line: 1, column: 1 });
      else if (problem.kind === "too-deeply-nested") findings.push({ messageId: "tooDeeplyNested", line: problem.line, column: 1 });
      else if (problem.kind === "no-line-breaks") findings.push({ messageId: "noLineBreaks", data: { length: problem.length }, line: 1, column: 1 });
      else findings.push({ messageId: "mojibake", data: { sample: problem.sample, count: problem.count }, line: problem.line, column: problem.column });
    }
    const error = doc.frontMatter.error;
    if (error) findings.push({ messageId: "frontMatter", data: { message: error.message.replace(/\.$/, "") }, line: error.line, column: error.column });
    return findings;
  },
};

export default rule;
