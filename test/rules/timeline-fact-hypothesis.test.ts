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
      name: "no entry labelled at all: one finding at the first entry",
      code: md("## Timeline", "", "Times in UTC.", "", "- 14:05 deploy starts", "- 14:09 errors", "- 14:25 rollback"),
      errors: [{ line: 5, message: "None of the 3 timeline entries says whether it is a fact or a hypothesis" }],
    },
  ],
});
