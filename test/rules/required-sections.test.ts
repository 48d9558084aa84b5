import rule from "../../src/rules/required-sections.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

const body = ["Text.", ""];

ruleTester(rule, {
  valid: [
    {
      name: "the four sections under their usual names",
      code: md("# Outage", "", "## Summary", "", ...body, "## Timeline", "", ...body, "## Contributing factors", "", ...body, "## Action items", "", ...body),
    },
    {
      name: "synonyms, numbering and emoji",
      code: md(
        "# Outage",
        "",
        "## 1. Impact",
        "",
        ...body,
        "## 2) Facts + Timeline",
        "",
        ...body,
        "## III. Root Cause Analysis",
        "",
        ...body,
        "## 🛠️ Follow-up actions",
        "",
        ...body,
      ),
    },
    {
      name: "five whys stand for contributing factors, remediation for actions",
      code: md("# Outage", "", "## TL;DR", "", ...body, "## Timeline of Events", "", ...body, "## 5 Whys", "", ...body, "## Remediation", "", ...body),
    },
    {
      name: "more synonyms: incident timeline, corrective measures, what caused it",
      code: md(
        "# Outage",
        "",
        "## Overview",
        "",
        ...body,
        "### Incident Timeline",
        "",
        ...body,
        "## What caused it",
        "",
        ...body,
        "## Corrective and Preventative Measures",
        "",
        ...body,
      ),
    },
    {
      name: "improvements to follow up and measures for the future are actions",
      code: md("# Outage", "", "## Summary", "", ...body, "## Timeline", "", ...body, "## Causes", "", ...body, "## Follow-up improvements", "", ...body, "## Future measures", "", ...body),
    },
  ],
  invalid: [
    {
      name: "each missing section is reported once, at the title",
      code: md("", "# Outage", "", "## Summary", "", ...body, "## Timeline", "", ...body),
      errors: [
        { line: 2, message: 'No "Contributing factors" section: add a heading such as "## Contributing factors"' },
        { line: 2, message: 'No "Action items" section' },
      ],
    },
    {
      name: "a document with no headings lacks all four, reported at line 1",
      code: md("Checkout failed for 20 minutes after a deploy."),
      errors: [
        { line: 1, message: '"Summary"' },
        { line: 1, message: '"Timeline"' },
        { line: 1, message: '"Contributing factors"' },
        { line: 1, message: '"Action items"' },
      ],
    },
    {
      name: "a timeline review is not a timeline",
      code: md("# Outage", "", "## Summary", "", ...body, "## Timeline review", "", ...body, "## Root cause", "", ...body, "## Actions", "", ...body),
      errors: [{ line: 1, message: '"Timeline"' }],
    },
  ],
});
