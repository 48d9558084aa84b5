import rule from "../../src/rules/blameless-language.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "error in error rate", code: md("## Root cause", "", "The error rate rose because the pool was exhausted.") },
    { name: "a handle acting neutrally in the timeline", code: md("## Timeline", "", "- 14:05 UTC — @jane acknowledged the alert") },
    { name: "the on-call engineer acting in the timeline", code: md("## Timeline", "", "- 14:07 UTC — The on-call engineer restarted the proxy") },
    { name: "blame rejected in the sentence", code: md("## Contributing factors", "", "- Operator error is never a root cause; the tool allowed the wrong flag.") },
    { name: "ground rules talk about blame on purpose", code: md("## Retro brief", "", "- Ground rules: no human error framing, nobody is careless here.") },
    { name: "a person acting outside the analysis", code: md("## Takeaways", "", "@dana rotated the tokens; long-lived tokens are risky.") },
    { name: "the writer about their own habits, and lazy loading", code: md("## Takeaways", "", "Long-lived tokens are risky when I'm lazy; the lazy-loaded module was fine.") },
    { name: "a user error rate is a rate", code: md("## Impact", "", "The error rate for users rose to 12%.") },
    { name: "the engineer who was on call", code: md("## Root cause", "", "The engineer who was on call had no runbook for this alert.") },
    { name: "system failed to", code: md("## Root cause", "", "The pipeline failed to run the migration check.") },
    {
      name: "allowlisted handle",
      code: md("## Root cause", "", "@release-bot failed to tag the release."),
      options: { allow: ["@release-bot"] },
    },
  ],
  invalid: [
    {
      name: "human error in root cause",
      code: md("## Root cause", "", "The outage was human error."),
      errors: [{ line: 3, message: /"human error" judges a person.*systems, not people/, words: "human error" }],
    },
    {
      name: "a handle as the cause",
      code: md("## Contributing factors", "", "- @bob forgot to run the migration check."),
      errors: [{ line: 3, message: '"@bob forgot" makes a person the cause' }],
    },
    {
      name: "the engineer who... in the analysis",
      code: md("## 5 Whys", "", "1. Why did it break?", "   The engineer who deployed the change skipped the canary."),
      errors: [{ line: 4, message: "makes a person the cause" }],
    },
    {
      name: "fault, careless, negligent and should have known, each at its line",
      code: md("## Root cause", "", "It was Dana's fault.", "She was careless.", "", "The team was negligent and should have known better."),
      errors: [{ line: 3 }, { line: 4 }, { line: 6, message: '"negligent"' }, { line: 6, message: '"should have known better"' }],
    },
    {
      name: "a named person doing wrong in the timeline",
      code: md("## Timeline", "", "- 14:05 UTC — Bob ignored the page"),
      errors: [{ line: 3, message: '"Bob ignored"' }],
    },
    {
      name: "judging words wherever they stand, in the plural and in other words",
      code: md("## Lessons learned", "", "Two human errors compounded.", "", "## Background", "", "We did not adequately test the failover."),
      errors: [{ line: 3, message: '"human errors"' }, { line: 7, message: '"did not adequately test"' }],
    },
    {
      name: "the allowlist spares only what it names",
      code: md("## Root cause", "", "@release-bot failed to tag it and @bob forgot to check."),
      options: { allow: ["@release-bot"] },
      errors: [{ line: 3, message: "@bob forgot" }],
    },
  ],
});
