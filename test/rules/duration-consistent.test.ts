import rule from "../../src/rules/duration-consistent.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const timeline = ["## Timeline", "", "All times in UTC.", "", "- 10:00 — Error rate alert fired", "- 10:40 — Rolled back the release; errors dropped", "- 11:35 — Incident resolved"];

ruleTester(rule, {
  valid: [
    { name: "duration matches the timeline", code: md("**Duration:** 95 minutes", "", ...timeline) },
    { name: "rounded figures within tolerance", code: md("- Time to detect: ~5 min", "- Time to resolve: ~1.5 hours", "", ...timeline) },
    { name: "its own range agrees", code: md("| Field | Value |", "|---|---|", "| Duration | 55 minutes (10:15 AM - 11:10 AM UTC) |") },
    { name: "a range across midnight", code: md("**Duration:** 22:30 UTC on October 29 to 05:39 UTC on October 30 (7 hours 9 minutes)") },
    { name: "placeholders are not claims", code: md("**Duration**: [XX hours YY minutes]", "", ...timeline) },
    { name: "one duration per incident is checked only against its own times", code: md("**Duration:** 20 minutes", "", "**Duration:** 30 minutes", "", ...timeline) },
    { name: "a time to recover counted to when service came back", code: md("**Time to recover:** 13 minutes", "", "## Timeline (UTC)", "", "- 10:00 — alert fired", "- 10:13 — failed over; service restored", "- 11:35 — incident resolved") },
    { name: "a later start that fits the claim", code: md("**Time to resolve:** 60 minutes", "", "## Timeline (UTC)", "", "- 09:00 — change merged", "- 10:35 — change deployed", "- 11:00 — alert fired", "- 11:35 — incident resolved") },
  ],
  invalid: [
    {
      name: "the header says 55 minutes, the timeline spans 95",
      code: md("**Duration:** 55 minutes", "", ...timeline),
      errors: [{ line: 1, message: "The duration says 55 min (line 1), but the times give 1 h 35 min: from 10:00 (line 7) to 11:35 (line 9)" }],
    },
    {
      name: "time to detect from front matter times",
      code: md("---", "started_at: 2026-05-02 10:00", "detected_at: 2026-05-02 10:45", "ttd: 10 minutes", "---", "# Outage"),
      errors: [{ line: 1, message: "The time to detect says 10 min (line 1), but the times give 45 min" }],
    },
    {
      name: "a range that disagrees with itself",
      code: md("- **Duration:** 30 minutes (10:15 - 11:10)"),
      errors: [{ line: 1, message: "The duration says 30 min but its own times (30 minutes (10:15 - 11:10)) span 55 min" }],
    },
  ],
});
