import rule from "../../src/rules/timeline-labels.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const table = (...rows: string[]) => md("## Timeline", "", "| Time | Event | Fact/Hypothesis |", "|---|---|---|", ...rows);

ruleTester(rule, {
  valid: [
    { name: "a Fact/Hypothesis column", code: table("| 14:05 | Deploy starts | Fact |", "| 14:09 | Pool size starved the client | Hypothesis |") },
    { name: "markers in bullets", code: md("## Timeline", "", "- 14:05 deploy starts (fact; source: deploy log)", "- 14:09 pool starved the client (hypothesis)") },
    { name: "an unlabelled guess is left to timeline-fact-hypothesis", code: table("| 14:05 | Deploy starts | Fact |", "| 14:09 | The pool probably starved | |") },
    { name: "no timeline at all", code: md("# Outage", "", "## Summary", "", "It broke.") },
  ],
  invalid: [
    {
      name: "a timeline of one unlabelled entry gets the per-entry message, not 'none of the 1'",
      code: md("## Timeline", "", "- 10:00 deploy went out"),
      errors: [{ line: 3, message: 'Timeline entry "deploy went out" is not labelled' }],
    },
    {
      name: "an unlabelled entry among labelled ones",
      code: table("| 14:05 | Deploy starts | Fact |", "| 14:12 | Error rate above 5% | |"),
      errors: [{ line: 6, message: 'Timeline entry "Error rate above 5%" is not labelled' }],
    },
    {
      name: "no entry labelled at all: one finding at the first entry",
      code: md("## Timeline", "", "Times in UTC.", "", "- 14:05 deploy starts", "- 14:09 errors", "- 14:25 rollback"),
      errors: [{ line: 5, message: "None of the 3 timeline entries says whether it is a fact or a hypothesis" }],
    },
  ],
});
