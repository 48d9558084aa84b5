import rule from "../../src/rules/summary-present.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const story = "A schema migration locked the orders table for 47 minutes and about 2,000 checkouts failed before the rollback restored service for everyone.";

ruleTester(rule, {
  valid: [
    { name: "summary section first", code: md("# Outage", "", "## Summary", "", story, "", "## Timeline", "", "- 14:05 UTC alert") },
    { name: "TL;DR line", code: md("# Outage", "", "**TL;DR:** the migration locked a table.", "", "## Timeline") },
    { name: "opening paragraph of a blog post", code: md("# Outage", "", story, "", "## Timeline") },
    { name: "front matter summary", code: md("---", "summary: The migration locked the orders table for 47 minutes.", "---", "## Timeline") },
    { name: "overview told in subsections", code: md("# Outage", "", "## Overview", "", "### How users were affected", "", story, "", "## Timeline") },
  ],
  invalid: [
    {
      name: "no summary",
      code: md("# Outage", "", "## Timeline", "", "- 14:05 UTC alert"),
      errors: [{ line: 1, message: 'No summary near the top: add a "## Summary"' }],
    },
    {
      name: "empty summary section",
      code: md("# Outage", "", "## Summary", "", "## Timeline"),
      errors: [{ line: 3, message: 'The "Summary" section is empty' }],
    },
    {
      name: "summary after the timeline",
      code: md("# Outage", "", "## Timeline", "", "- 14:05 UTC alert", "", "## Summary", "", story),
      errors: [{ line: 7, message: 'The summary (line 7) comes after the "Timeline" section' }],
    },
    {
      name: "summary longer than 400 words",
      code: md("# Outage", "", "## Summary", "", Array.from({ length: 30 }, () => story).join(" ")),
      errors: [{ line: 3, message: /The summary is \d+ words: keep it under 400/ }],
    },
  ],
});
