import rule from "../../src/rules/action-owner.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "table with owners",
      code: md("## Action items", "", "| Action | Owner | Due |", "|---|---|---|", "| Add alert | @sre | 2026-07-01 |", "| Fix docs | Platform team | 2026-07-02 |"),
    },
    { name: "task list with inline owner", code: md("## Action items", "", "- [ ] Add alert — owner: @ana, due 2026-07-01") },
    { name: "task list with a bare handle", code: md("## Action items", "", "- [ ] Add alert (@ana)") },
    {
      name: "bold-title field block",
      code: md("## Action items", "", "**[1] Add alert**", "- **Owner:** @ana", "- **Due Date:** 2026-07-01"),
    },
    { name: "owner to be confirmed still names a role", code: md("## Actions", "", "| Action | Owner |", "|---|---|", "| Add alert | Infra lead (to be confirmed) |") },
    { name: "no actions at all", code: md("# Incident", "", "Nothing to do.") },
    { name: "lists outside action sections are not actions", code: md("## Lessons learned", "", "- Be careful out there") },
  ],
  invalid: [
    {
      name: "one action without owner among owned ones",
      code: md("## Action items", "", "- [ ] Add alert — owner: @ana", "- [ ] Fix the runbook"),
      errors: [{ line: 4, message: 'Action "Fix the runbook" has no owner' }],
    },
    {
      name: "placeholder owners",
      code: md("## Action items", "", "| Action | Owner |", "|---|---|", "| Add alert | TBD |", "| Fix docs | [Name] |", "| Page | someone |"),
      errors: [
        { line: 5, message: '"TBD"', words: "TBD" },
        { line: 6, message: '"[Name]"', words: "[Name]" },
        { line: 7, message: '"someone"', words: "someone" },
      ],
    },
    {
      name: "no action names an owner: one finding, not one per action",
      code: md("## Action items", "", "- Add alert", "- Fix docs", "- Run a drill"),
      errors: [{ line: 3, message: "None of the 3 actions names an owner" }],
    },
    {
      name: "done actions are still checked for an owner",
      code: md("## Action items", "", "- [x] Add alert — owner: @ana", "- [x] Fix docs"),
      errors: [{ line: 4, message: "has no owner" }],
    },
  ],
});
