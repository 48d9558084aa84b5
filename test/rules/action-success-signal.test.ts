import rule from "../../src/rules/action-success-signal.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const actions = (...rows: string[]) => md("## Action items", "", ...rows);

ruleTester(rule, {
  valid: [
    { name: "a Success signal column", code: actions("| Action | Owner | Success signal |", "|---|---|---|", "| Add alert | @ana | pages within 2 min in a drill |") },
    { name: "a Success metric column", code: actions("| Action | Success metric |", "|---|---|", "| Add alert | p95 < 300 ms for 14 days |") },
    { name: "a Done when column", code: actions("| Action | Done when |", "|---|---|", "| Add alert | the load test trips it |") },
    { name: "success: in a task list", code: actions("- [ ] Add alert — owner: @ana, due 2026-03-20, success: alert fires in the next load test") },
    { name: "a Success Metric bullet in a field block", code: actions("**[1] Add alert**", "- **Owner:** @ana", "- **Success Metric:** zero missed pages in Q2") },
    { name: "done and dropped actions need no signal", code: actions("- [x] Roll back — owner: @ana", "- [ ] ~~Rewrite the pool~~", "- [ ] Add alert — success: fires in a drill") },
  ],
  invalid: [
    {
      name: "one action without a signal",
      code: actions("- [ ] Add alert — owner: @ana, success: fires in a drill", "- [ ] Fix docs — owner: @ben"),
      errors: [{ line: 4, message: 'Action "Fix docs" has no success signal' }],
    },
    {
      name: "a placeholder signal",
      code: actions("| Action | Success signal |", "|---|---|", "| Add alert | TBD |", "| Fix docs | runbook linked from the alert |"),
      errors: [{ line: 5, message: 'Action "Add alert" has "TBD" as its success signal' }],
    },
    {
      name: "no open action has a signal: one finding at the first",
      code: actions("| Action | Owner | Status |", "|---|---|---|", "| Roll back | @ana | Done |", "| Add alert | @ana | Open |", "| Fix docs | @ben | In progress |"),
      errors: [{ line: 6, message: "None of the 2 open actions says how we will know it worked" }],
    },
  ],
});
