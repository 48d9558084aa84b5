import rule from "../../src/rules/kill-criteria-committed-action.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const triggers = (...rows: string[]) => md("## Kill criteria", "", "| Signal | Threshold | Committed action | Owner |", "|---|---|---|---|", ...rows);

ruleTester(rule, {
  valid: [
    {
      name: "committed actions: halt, roll back, freeze, page, pivot",
      code: triggers(
        "| Error rate | above 2% for 10 min | Halt the rollout | @ana |",
        "| p95 latency | over 800 ms | Roll back the release | @ben |",
        "| Pool alerts | 3 in a day | Freeze pool changes | @sre |",
        "| Queue depth | > 10k | Page the database on-call | @db |",
        "| Signups | below 50 a week for a month | Pivot to the paid plan | Head of Growth |",
      ),
    },
    {
      name: "a conditional bullet",
      code: md("## Triggers", "", "- If checkout errors exceed 2% for 10 minutes, then roll back the pool change (owner: @ana)"),
    },
    {
      name: "a trigger with field bullets",
      code: md("## Kill Criteria / Triggers", "", "- Checkout error budget", "  - **Signal:** error rate above 2%", "  - **Action:** pause the rollout", "  - **Owner:** @ana"),
    },
    { name: "a committed action first, a discussion after it", code: triggers("| Error rate | above 2% | Roll back, then discuss in the retro | @ana |") },
    { name: "no kill criteria section at all", code: md("## Action items", "", "- [ ] Discuss the alert thresholds — owner: @ana") },
  ],
  invalid: [
    {
      name: "deferrals: discuss, revisit, sync on, look into",
      code: triggers(
        "| Error rate | above 2% | Discuss whether to roll back | @ana |",
        "| Latency | over 800 ms | Revisit the rollout plan | @ben |",
        "| Pool alerts | 3 a day | Sync on next steps | @sre |",
        "| Queue depth | > 10k | Look into the consumers | @db |",
      ),
      errors: [
        { line: 5, message: 'defers the decision ("Discuss")' },
        { line: 6, message: '"Revisit"' },
        { line: 7, message: '"Sync on"' },
        { line: 8, message: '"Look into"' },
      ],
    },
    {
      name: "no committed action at all",
      code: triggers("| Error rate | above 2% | Keep an eye on it | @ana |"),
      errors: [{ line: 5, message: 'Trigger "Error rate" names no committed action' }],
    },
    {
      name: "no threshold and no owner",
      code: triggers("| Pool saturation alerts | | Page the database on-call | |"),
      errors: [
        { line: 5, message: 'Trigger "Pool saturation alerts" has no threshold' },
        { line: 5, message: 'Trigger "Pool saturation alerts" has no owner' },
      ],
    },
    {
      name: "a placeholder owner names no one",
      code: triggers("| Error rate | above 2% | Roll back | TBD |"),
      errors: [{ line: 5, message: "has no owner" }],
    },
    {
      name: "a deferral in a conditional bullet",
      code: md("## Triggers", "", "- If signups fall below 50 a week, then we revisit pricing (owner: @cam)"),
      errors: [{ line: 3, message: '"revisit"' }],
    },
  ],
});
