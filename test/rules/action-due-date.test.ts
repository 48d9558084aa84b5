import rule from "../../src/rules/action-due-date.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const actions = (...rows: string[]) => md("# Checkout errors on 2026-03-02", "", "## Action items", "", ...rows);

ruleTester(rule, {
  valid: [
    { name: "a Due column", code: actions("| Action | Owner | Due |", "|---|---|---|", "| Add alert | @ana | 2026-03-20 |", "| Fix docs | @ben | 2026-04-01 |") },
    { name: "a Deadline column with a written-out date", code: actions("| Action | Deadline |", "|---|---|", "| Add alert | March 20, 2026 |", "| Fix docs | 1 April 2026 |") },
    { name: "due in a task list", code: actions("- [ ] Add alert — owner: @ana, due 2026-03-20, success: pages in 2 min") },
    { name: '"by" a date', code: actions("- [ ] Add alert (@ana) by 2026-03-20") },
    { name: "a Due Date bullet in a field block", code: actions("**[1] Add alert**", "- **Owner:** @ana", "- **Due Date:** 2026-03-20") },
    { name: "done actions are not nagged for dates", code: actions("- [x] Roll back the pool — owner: @ana", "- [x] Restart the proxy — owner: @ben, due next week", "- [ ] Add alert — owner: @ana, due 2026-03-20") },
    {
      name: "Status Done, or struck through, is finished",
      code: actions("| Action | Due | Status |", "|---|---|---|", "| Roll back | 2026-02-01 | Done |", "| ~~Rewrite the pool~~ | | |", "| Add alert | 2026-03-20 | Open |"),
    },
    { name: "due on the incident day itself", code: actions("- [ ] Freeze deploys — owner: @ana, due 2026-03-02") },
    { name: "no incident date known: any real date will do", code: md("## Action items", "", "- [ ] Add alert — owner: @ana, due 2020-01-01") },
    { name: "a US date, month first as the document's other dates show", code: md("# Checkout errors on 3/14/2026", "", "## Action items", "", "- [ ] Add alert (@ana) by 04/03/2026") },
    { name: "a US date whose day is above 12", code: actions("- [ ] Add alert — owner: @ana, due 3/20/26") },
    { name: "incident date from front matter", code: md("---", "incident_date: 2026-03-02", "---", "", "## Action items", "", "- [ ] Add alert — due 2026-03-05") },
  ],
  invalid: [
    {
      name: "no due date on one action",
      code: actions("- [ ] Add alert — owner: @ana, due 2026-03-20", "- [ ] Fix docs — owner: @ben"),
      errors: [{ line: 6, message: 'Action "Fix docs" has no due date' }],
    },
    {
      name: '"next week" is not a date',
      code: actions("| Action | Due |", "|---|---|", "| Add alert | next week |", "| Fix docs | 2026-03-20 |"),
      errors: [{ line: 7, message: 'Action "Add alert" is due "next week", which is not a calendar date' }],
    },
    {
      name: "dates that do not exist: 2026-13-45 and 2026-02-30",
      code: actions("- [ ] Add alert — owner: @ana, due 2026-13-45", "- [ ] Fix docs — owner: @ben, due 2026-02-30"),
      errors: [
        { line: 5, message: "is due 2026-13-45, a date that does not exist" },
        { line: 6, message: "is due 2026-02-30, a date that does not exist" },
      ],
    },
    {
      name: "a numeric date that reads as two days, with no other date to tell the order",
      code: md("## Action items", "", "- [ ] Add alert — owner: @ana, due: 04/03/2026"),
      errors: [{ line: 3, message: 'Action "Add alert" is due 04/03/2026, which reads as two different days' }],
    },
    {
      name: "a day-first document reads 04/03/2026 as 4 March, before the incident on 14 March",
      code: md("# Checkout errors on 14/03/2026", "", "## Action items", "", "- [ ] Add alert — owner: @ana, due 04/03/2026"),
      errors: [{ line: 5, message: 'Action "Add alert" is due 2026-03-04, before the incident on 2026-03-14' }],
    },
    {
      name: "due before the incident",
      code: actions("**[1] Add alert**", "- **Owner:** @ana", "- **Due Date:** 2026-02-15", "", "**[2] Fix docs**", "- **Owner:** @ben", "- **Due Date:** 2026-03-15"),
      errors: [{ line: 7, message: 'Action "Add alert" is due 2026-02-15, before the incident on 2026-03-02' }],
    },
    {
      name: "a placeholder due date counts as none",
      code: actions("| Action | Due |", "|---|---|", "| Add alert | YYYY-MM-DD |", "| Fix docs | <YYYY-MM-DD> |", "| Page | 2026-03-20 |"),
      errors: [
        { line: 7, message: "has no due date" },
        { line: 8, message: "has no due date" },
      ],
    },
    {
      name: "no open action has a due date: one finding at the first",
      code: actions("- [ ] Add alert — owner: @ana", "- [ ] Fix docs — owner: @ben", "- [x] Roll back — owner: @ana"),
      errors: [{ line: 5, message: "None of the 2 open actions has a due date" }],
    },
  ],
});
