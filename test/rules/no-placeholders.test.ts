import rule from "../../src/rules/no-placeholders.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "a filled-in header", code: md("# Postmortem: checkout errors", "", "**Date:** 2026-03-02", "**Author:** Ana Lima") },
    { name: "TBD inside prose is an open question", code: md("## Impact", "", "Refunds: amount TBD, action 5 quantifies it.") },
    { name: "placeholders in a fenced code block", code: md("## How to write an action", "", "```markdown", "- [ ] [Action] — owner: [Name], due YYYY-MM-DD", "**Owner:** TBD", "```") },
    { name: "placeholders in an indented code block", code: md("Example:", "", "    **Owner:** [Name]") },
    { name: "placeholders in an HTML comment", code: md("<!--", "Author: [Name]", "Date: YYYY-MM-DD", "-->", "# Checkout errors") },
    { name: "a link whose text ends in 'here'", code: md("See the [tracking issue here](https://example.com/issues/12) and [report here][1].", "", "[1]: https://example.com/r") },
    { name: "words that merely contain X", code: md("We use XXL nodes on box-XX1 and a $XX budget line.") },
    { name: "an author's estimate of a time", code: md("## Timeline", "", "### 2X:XX (not sure of the exact time)") },
    { name: "HTML tags and generics are not blanks", code: md("<details><summary>Logs</summary>", "", "A Vec<String> grew.<br>", "", "</details>") },
  ],
  invalid: [
    {
      name: "template header leftovers, each at its column",
      code: md("# Postmortem: [Incident Title]", "", "**Date:** YYYY-MM-DD", "**Author:** [Name]", "**Duration:** XX minutes"),
      errors: [
        { line: 1, message: '"[Incident Title]" is a template placeholder', words: "[Incident Title]" },
        { line: 3, message: '"YYYY-MM-DD"', words: "YYYY-MM-DD" },
        { line: 4, message: '"[Name]"', words: "[Name]" },
        { line: 5, message: '"XX"', words: "XX" },
      ],
    },
    {
      name: "TBD as the value of a field or a cell",
      code: md("- **Owner:** TBD", "", "| Action | Owner |", "|---|---|", "| Add alert | TBD |"),
      errors: [
        { line: 1, message: '"TBD"' },
        { line: 5, message: '"TBD"' },
      ],
    },
    {
      name: "angle-bracket blanks",
      code: md("- **Facilitator:** <name/role>", "| <action> | <owner> |"),
      errors: [
        { line: 1, message: '"<name/role>"' },
        { line: 2, message: '"<action>"' },
        { line: 2, message: '"<owner>"' },
      ],
    },
    {
      name: "a link to nowhere and template variables",
      code: md("- Dashboard: [Link](link)", "- Ticket: {{ticket_id}}", "- Started at HH:MM UTC"),
      errors: [
        { line: 1, message: '"[Link]"' },
        { line: 2, message: '"{{ticket_id}}"' },
        { line: 3, message: '"HH:MM"' },
      ],
    },
  ],
});
