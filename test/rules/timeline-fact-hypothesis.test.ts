import rule from "../../src/rules/timeline-fact-hypothesis.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const table = (...rows: string[]) => md("## Timeline", "", "| Time | Event | Fact/Hypothesis |", "|---|---|---|", ...rows);

ruleTester(rule, {
  valid: [
    { name: "a Fact/Hypothesis column", code: table("| 14:05 | Deploy starts | Fact |", "| 14:09 | Pool size starved the client | Hypothesis |") },
    {
      name: 'a "Notes (Fact vs Hypothesis)" column',
      code: md("## Timeline", "", "| Time (UTC) | What happened | Notes (Fact vs Hypothesis) |", "|---|---|---|", "| 14:05 | Deploy starts | Fact: deploy log |", "| 14:09 | Pool starved | Hypothesis, check client logs |"),
    },
    {
      name: "markers in bullets: (fact), (hypothesis), **Fact**, [unconfirmed], fact; source",
      code: md(
        "## Timeline",
        "",
        "- 14:05 — deploy starts (fact; source: deploy log)",
        "- 14:07 — **Fact** error rate above 5%",
        "- 14:09 — pool starved the payment client (hypothesis)",
        "- 14:10 — cache was cold [unconfirmed]",
      ),
    },
    { name: "naming the likely cause is not hedging", code: table("| 14:30 | Pool size identified as likely cause from client logs | Fact |", "| 14:35 | Confirmed as the likely trigger by the vendor | Fact |") },
    { name: "hedged wording is fine in a hypothesis", code: table("| 14:09 | The pool probably starved the client; we believe it may have | Hypothesis |") },
    { name: "a time heading labelled in its text", code: md("## Timeline", "", "### 16:32", "", "Alert fires (fact, source: PagerDuty)."), },
    { name: "a timeline of plain observations with no labels is not this rule's business", code: md("## Timeline", "", "- 14:05 deploy starts", "- 14:09 errors", "- 14:25 rollback") },
    { name: "an unlabelled plain entry among labelled ones", code: table("| 14:05 | Deploy starts | Fact |", "| 14:12 | Error rate above 5% | |") },
    { name: "no timeline at all", code: md("# Outage", "", "## Summary", "", "It broke.") },
  ],
  invalid: [
    {
      name: "facts worded as guesses: probably, we believe, may have, appears to, likely",
      code: table(
        "| 14:05 | The deploy probably started the errors | Fact |",
        "| 14:06 | We believe the cache was cold | Fact |",
        "| 14:07 | The pool may have been too small | Fact |",
        "| 14:08 | Traffic appears to drop | Fact |",
        "| 14:09 | Likely a bad config | Fact |",
      ),
      errors: [
        { line: 5, message: 'labelled fact but says "probably"' },
        { line: 6, message: '"We believe"' },
        { line: 7, message: '"may have"' },
        { line: 8, message: '"appears to"' },
        { line: 9, message: '"Likely"' },
      ],
    },
    {
      name: "a hedged fact in a bullet",
      code: md("## Timeline", "", "- 14:05 deploy starts (fact)", "- 14:09 seems to be the pool again (fact; source: chat)"),
      errors: [{ line: 4, message: '"seems to"' }],
    },
    {
      name: "guesses in a timeline with no labels: suspected, we believe, it seems",
      code: md("## Timeline", "", "- 14:05 deploy starts", "- 14:09 suspected cache stampede", "- 14:12 we believe the pool was too small", "- 14:20 it seems to recover"),
      errors: [
        { line: 4, message: 'Timeline entry "suspected cache stampede" says "suspected" but is not labelled' },
        { line: 5, message: '"we believe"' },
        { line: 6, message: '"seems to"' },
      ],
    },
  ],
});
