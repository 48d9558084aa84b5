import rule from "../../src/rules/parked-ideas.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "parked with reasons",
      code: md("## Action items", "", "- [ ] Add alert — owner: @sre", "", "**Parked ideas (revisit next quarter):**", "- Full data refresh (expensive; after the dry-run)", "- Canary deploys — needs the new pipeline"),
    },
    { name: "maybe about a detail, not the commitment", code: md("## Action items", "", "1. Nominate one person to drive, maybe with a shared terminal.") },
    { name: "committed actions", code: md("## Action items", "", "- [ ] Add alert — owner: @sre", "- [ ] Rotate the token — owner: @sec") },
    { name: "a dropped idea is not mixed in", code: md("## Action items", "", "| Action | Owner | Status |", "|---|---|---|", "| Maybe rewrite it | @a | Won't do |") },
  ],
  invalid: [
    {
      name: "someday ideas among commitments",
      code: md("## Action items", "", "- [ ] Add alert — owner: @sre", "- [ ] Maybe rewrite the scheduler", "- [ ] Nice to have: a status page bot"),
      errors: [
        { line: 4, message: /reads as a later idea \("Maybe"\).*"Parked ideas" list with the reason/ },
        { line: 5, message: '"Nice to have"' },
      ],
    },
    {
      name: "parked without a reason",
      code: md("## Parked ideas", "", "- Canary deploys", "- Rewrite the scheduler (large; after Q3)"),
      errors: [{ line: 3, message: 'Parked idea "Canary deploys" gives no reason' }],
    },
  ],
});
