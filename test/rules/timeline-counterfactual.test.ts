import rule from "../../src/rules/timeline-counterfactual.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "what happened", code: md("## Timeline", "", "- 14:05 UTC alert fired, 10 minutes after errors began") },
    { name: "a hedge is not a counterfactual", code: md("## Timeline", "", "- 14:05 UTC the cache could have been stale (hypothesis)") },
    { name: "outside the timeline", code: md("## Lessons learned", "", "- The alert should have fired earlier.") },
  ],
  invalid: [
    {
      name: "should have, would have, could have been caught",
      code: md("## Timeline", "", "- 14:05 UTC alert fired; it should have fired earlier", "- 14:10 UTC a canary would have caught it", "- 14:20 UTC this could have been caught in staging"),
      errors: [
        { line: 3, message: /says "should have": the timeline records what happened/ },
        { line: 4, message: '"would have"' },
        { line: 5, message: '"could have been caught"' },
      ],
    },
    {
      name: "contractions",
      code: md("## Timeline", "", "### 21:23", "", "Our overcommit should've been 2x."),
      errors: [{ line: 3, message: "should've" }],
    },
  ],
});
