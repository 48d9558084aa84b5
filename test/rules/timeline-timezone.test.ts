import rule from "../../src/rules/timeline-timezone.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "column header", code: md("## Timeline", "", "| Time (UTC) | Event |", "|---|---|", "| 14:05 | alert |") },
    { name: "timeline heading", code: md("## Timeline (CET)", "", "- 14:05 alert") },
    { name: "a sentence under the heading, across a line break", code: md("## Timeline", "", "Unless noted, all times are in", "UTC.", "", "- 14:05 alert") },
    { name: "front matter", code: md("---", "timezone: Europe/Berlin", "---", "## Timeline", "", "- 14:05 alert") },
    { name: "every entry", code: md("## Timeline", "", "- 2:05 PM PST alert", "- 14:20Z rollback", "- 7:09 AM Eastern: token revoked", "- 10:15+01:00 resolved") },
    { name: "no times at all", code: md("## Timeline", "", "- The alert fired") },
  ],
  invalid: [
    {
      name: "no zone anywhere: one finding",
      code: md("## Timeline", "", "- 14:05 alert", "- 14:20 rollback"),
      errors: [{ line: 3, message: "The timeline's times (2 entries) don't say their timezone" }],
    },
    {
      name: "one entry without the zone the others have",
      code: md("## Timeline", "", "- 14:05 UTC alert", "- 14:20 rollback"),
      errors: [{ line: 4, message: 'Timeline entry at 14:20 has no timezone while others have one: add it (e.g. "14:20 UTC")' }],
    },
    {
      name: "lower-case words are not zones",
      code: md("## Timeline", "", "- 14:05 est. traffic doubled"),
      errors: [{ line: 3 }],
    },
  ],
});
