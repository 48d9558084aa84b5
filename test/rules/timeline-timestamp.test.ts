import rule from "../../src/rules/timeline-timestamp.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "bullets in order", code: md("## Timeline", "", "- 14:05 deploy (fact)", "- 14:09 errors (fact)", "- 14:25 rollback (fact)") },
    {
      name: "a table with a Timestamp column and seconds",
      code: md("## Timeline", "", "| Timestamp | Event |", "|---|---|", "| 14:05:10 | deploy |", "| 14:05:40 | errors |", "| 2:25 PM | rollback |"),
    },
    { name: "newest first, throughout", code: md("## Timeline", "", "- 14:25 rollback", "- 14:09 errors", "- 14:05 deploy") },
    { name: "crossing midnight without a date", code: md("## Timeline", "", "- 23:50 deploy", "- 23:58 errors", "- 00:07 rollback", "- 01:15 all clear") },
    {
      name: "date headings beside the timeline carry the day",
      code: md("## Timeline", "", "## May 12", "", "### 20:15", "", "Deploy.", "", "### 23:40", "", "Errors.", "", "## May 13", "", "### 09:30", "", "Rollback."),
    },
    {
      name: "an entry with only a date sits anywhere in its day",
      code: md("| Time | Event |", "|---|---|", "| 2026-03-02 14:40 | servers terminated |", "| 2026-03-02 | library 2.17 published |", "| 2026-03-03 09:15 | scan |").replace(/^/, "## Timeline\n\n"),
    },
    {
      name: "a dated entry gives its day to the undated ones after it",
      code: md("## Timeline", "", "- 2026-03-01 23:55: builds start failing", "- 00:10: alert fires", "- 2026-03-02 00:20: disk cleaned"),
    },
    {
      name: "the day written after each time carries the order across days",
      code: md("# Storm, Oct 2021", "", "## Timeline", "", "13:30 PM PST Sunday Oct 31st: first peak", "", "16:05 PM PST Sunday Oct 31st: trough", "", "02:54 AM PST Monday Nov 1st: second peak"),
    },
    { name: "an author's unknown time", code: md("## Timeline", "", "### 2026-03-02", "* `unknown` - messages submitted", "* `10:34` - expiry noticed") },
    { name: "military times after a date", code: md("## Timeline", "", "- 2026-03-02 1625: report arrives", "- 2026-03-02 1650: huddle", "- 2026-03-03 0457: patched") },
    {
      name: "a day with its events nested below it",
      code: md("## Timeline", "", "- 2026-03-02", "  - 14:05 deploy", "  - 14:25 rollback", "- 2026-03-03", "  - 09:00 review"),
    },
    {
      name: "a supporting list of dashboard links is not a run of entries",
      code: md("## Timeline", "", "- [overview](https://grafana.example.com/d/1)", "- [pods](https://grafana.example.com/d/2)", "", "### 07:30 - First report", "", "Users report errors.", "", "### 07:35 - Limit raised", "", "Raised it."),
    },
  ],
  invalid: [
    {
      name: "an entry without a time",
      code: md("## Timeline", "", "- 14:05 deploy", "- alert pages on-call", "- 14:25 rollback"),
      errors: [{ line: 4, message: 'Timeline entry "alert pages on-call" has no time: start it with the time it happened' }],
    },
    {
      name: "an entry out of order names the entry it follows",
      code: md("## Timeline", "", "- 14:05 deploy", "- 14:20 rollback", "- 14:12 errors", "- 14:30 all clear"),
      errors: [{ line: 5, message: "Timeline entry at 14:12 comes after 14:20 (line 4): put the entries in time order." }],
    },
    {
      name: "one entry against a newest-first timeline",
      code: md("## Timeline", "", "- 14:30 all clear", "- 14:25 rollback", "- 14:28 errors", "- 14:05 deploy"),
      errors: [{ line: 5, message: "at 14:28 comes after 14:25" }],
    },
    {
      name: "a mistyped date",
      code: md("## Timeline", "", "- 2026-03-02 1625: report", "- 2026-03-20 1930: deploy", "- 2026-03-02 2021: instructions", "- 2026-03-03 0457: patched"),
      errors: [{ line: 5, message: "comes after 2026-03-20 1930 (line 4)" }],
    },
    {
      name: "a morning entry after an afternoon one is not read as the next day",
      code: md("## Timeline", "", "- 13:00 deploy", "- 16:05 errors", "- 02:54 rollback"),
      errors: [{ line: 5, message: "at 02:54 comes after 16:05" }],
    },
  ],
});
