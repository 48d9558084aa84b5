import rule from "../../src/rules/timeline-evidence.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "source column and a confirmation plan",
      code: md("## Timeline", "", "| Time | Event | Source | Fact/Hypothesis |", "|---|---|---|---|", "| 14:05 | Errors rose | Dashboard | Fact |", "| 14:10 | Cache caused it; confirm in cache logs | - | Hypothesis |"),
    },
    { name: "link and source: in list entries", code: md("## Timeline", "", "- 14:05 errors rose (fact; source: API dashboard)", "- 14:06 page sent (fact) [alert](https://pd.example/1)") },
    { name: "entries still to fill in", code: md("## Timeline", "", "| Time (UTC) | Event | Fact/Hypothesis |", "|---|---|---|", "| {{detected}} | Noticed: {{how}} | Fact |", "| {{resolved}} | Made safe: {{what}} | Fact |") },
    { name: "unlabelled entries are another rule's business", code: md("## Timeline", "", "- 14:05 errors rose") },
  ],
  invalid: [
    {
      name: "one fact without evidence among cited ones",
      code: md("## Timeline", "", "- 14:05 errors rose (fact; source: dashboard)", "- 14:10 deploy rolled back (fact)"),
      errors: [{ line: 4, message: 'Timeline entry "deploy rolled back (fact)" is labelled fact but cites no evidence' }],
    },
    {
      name: "no fact cites evidence: one finding",
      code: md("## Timeline", "", "| Time | Event | Fact/Hypothesis |", "|---|---|---|", "| 14:05 | Errors rose | Fact |", "| 14:10 | Rolled back | Fact |", "| 14:20 | Recovered | Fact |"),
      errors: [{ line: 5, message: "None of the 3 timeline entries labelled fact cites its evidence" }],
    },
    {
      name: "hypothesis without a plan",
      code: md("## Timeline", "", "- 14:08 the cache evicted hot keys (hypothesis; source: hunch)"),
      errors: [{ line: 3, message: "is a hypothesis with no way to confirm it" }],
    },
  ],
});
