import rule from "../../src/rules/impact-quantified.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "counts and percentages", code: md("## Impact", "", "About 2,000 checkouts (15% of traffic) failed.") },
    { name: "money", code: md("## Customer impact", "", "Estimated $2,400 in lost upgrades.") },
    { name: "figures in a subsection", code: md("## Impact", "", "### Users", "", "- ~500 customers affected") },
    { name: "zero stated outright", code: md("## What was impacted", "", "No packages were compromised.") },
    { name: "dates and times are not figures, but a duration is", code: md("## Impact", "", "From 2026-05-02 14:05 the API was down for 47 minutes.") },
    { name: "an unfilled template is no-placeholders' business", code: md("## Impact", "", "- **Count**: X users (Y% of active users)", "- {{impact}}") },
    { name: "no impact section: required-sections' business", code: md("## Timeline", "", "- 14:05 UTC — alert") },
  ],
  invalid: [
    {
      name: "words only",
      code: md("# Outage", "", "## Impact", "", "Some users could not check out for a while."),
      errors: [{ line: 3, message: 'The impact ("Impact") states no numbers' }],
    },
    {
      name: "a date and a version are not impact figures",
      code: md("## Impact", "", "On 2026-05-02 at 14:05, users of v2.3.1 saw errors (see #123)."),
      errors: [{ line: 1 }],
    },
    {
      name: "an impact header field",
      code: md("# Outage", "", "**Impact:** customers were unhappy", "", "## Timeline", "", "- 14:05 UTC — alert"),
      errors: [{ line: 3 }],
    },
  ],
});
