import rule from "../../src/rules/single-owner.js";
import { md, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "front matter owner", code: md("---", "owner: ana", "authors: [ana, bo]", "---", "# Outage") },
    { name: "header line", code: md("# Outage", "", "**Owner:** @ana") },
    { name: "Field/Value table", code: md("# Outage", "", "| Field | Value |", "|---|---|", "| Postmortem owner | Ana Lee |") },
    { name: "a single author owns it", code: md("---", "author: MikeMcQuaid", "---", "# Outage") },
    { name: "TOML authors array with one name", code: md("+++", 'authors = ["Pietro Albini"]', "+++", "# Outage") },
    { name: "an unfilled header is no-placeholders' finding", code: md("# {{title}}", "", "**Date:** {{date}} · **Decision owner:** {{decisionOwner}}", "", "## Summary") },
    { name: "a placeholder owner likewise", code: md("# Outage", "", "**Owner**: [Name]") },
    { name: "owner to be confirmed still names one role", code: md("# Outage", "", "- **Owner:** Platform lead (to be confirmed)") },
  ],
  invalid: [
    { name: "nobody", code: md("# Outage", "", "## Summary"), errors: [{ line: 1, message: "No postmortem owner is named" }] },
    {
      name: "two owners",
      code: md("# Outage", "", "- **Decision owner:** VP Engineering or Director of Infrastructure"),
      errors: [{ line: 3, message: "The document names 2 owners (VP Engineering, Director of Infrastructure)" }],
    },
    { name: "YAML list of owners", code: md("---", "owners: [ana, bo]", "---", "# Outage"), errors: [{ line: 1, message: "names 2 owners" }] },
    { name: "several authors, no owner", code: md("+++", 'authors = ["Jon G and Wei L"]', "+++", "# Outage"), errors: [{ line: 1, message: "lists 2 authors (Jon G, Wei L) but no owner" }] },
  ],
});
