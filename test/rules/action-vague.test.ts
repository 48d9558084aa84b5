import rule from "../../src/rules/action-vague.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "concrete change", code: md("## Action items", "", "- [ ] Add an alert when pool use > 90% for 5 min — owner: @sre") },
    { name: "improve with a measurable target", code: md("## Action items", "", "- [ ] Improve p95 checkout latency to under 200 ms — owner: @api") },
    { name: "investigate with a success signal", code: md("## Action items", "", "- [ ] Investigate the cache misses — owner: @api, success: root cause written up in the doc") },
    { name: "done actions are history", code: md("## Action items", "", "- [x] Look into the flaky deploy — owner: @sre") },
    { name: "increase is a concrete change", code: md("## Action items", "", "- [ ] Increase size of edge proxy VMs — owner: @infra") },
  ],
  invalid: [
    {
      name: "improve, investigate, look into",
      code: md("## Action items", "", "- [ ] Improve monitoring — owner: @sre", "- [ ] Investigate — owner: @sre", "- [ ] Look into the deploy tool — owner: @sre"),
      errors: [{ line: 3, message: /can't be finished or verified.*"Improve"/ }, { line: 4, message: '"Investigate"' }, { line: 5, message: '"Look into"' }],
    },
    {
      name: "make it better",
      code: md("## Action items", "", "| Action | Owner |", "|---|---|", "| Make alerting better | @sre |"),
      errors: [{ line: 5, message: "Make alerting better" }],
    },
    {
      name: "relying on people",
      code: md("## Action items", "", "- [ ] Remind engineers to double-check migrations — owner: @lead", "- [ ] Be more careful with deploys — owner: @lead"),
      errors: [
        { line: 3, message: /relies on people being more careful \("Remind engineers"\).*change the system/ },
        { line: 4, message: '"Be more careful"' },
      ],
    },
  ],
});
