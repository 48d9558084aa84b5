import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { lintText } from "../../src/lint/lint-text.js";
import rule from "../../src/rules/document-format.js";
import { md, ruleTester, TODAY } from "../helpers/rule-tester.js";

/** A whole postmortem pasted onto one line, as an export that drops line breaks leaves it. */
const flattened = [
  "# Checkout errors ## Summary Checkout failed for 20 minutes after a deploy. ## Timeline",
  "| Time | Event | |---|---| | 14:05 | deploy [Name] TBD | | 14:25 | rollback |",
  "## Action items - [ ] Fix it — owner: TBD, due next week ",
]
  .join(" ")
  .repeat(4);

ruleTester(rule, {
  valid: [
    { name: "plain Markdown", code: md("# Checkout errors", "", "The deploy at 14:05 – the one with the new pool – failed → rollback.") },
    { name: "valid YAML front matter", code: md("---", "title: Checkout errors", "incident_date: 2026-03-02", "---", "", "# Checkout errors") },
    { name: "TOML front matter", code: md("+++", 'title = "Checkout errors"', 'date = "2026-03-02"', "+++", "", "# Checkout errors") },
    { name: "a short single line is just a short document", code: "# Checkout errors" },
    { name: "Latin-1 letters that are not mojibake", code: md("# Incident à São Paulo", "", "Café, naïve, Ærø: all fine.") },
  ],
  invalid: [
    {
      name: "a flattened document gets exactly one finding",
      code: flattened,
      errors: [{ line: 1, message: /^The document has no line breaks \(\d+ characters on one line\)/ }],
    },
    {
      name: "mojibake is reported once, at the first place, with a count",
      code: md("# Checkout errors", "", "Deploy â†’ rollback", "", "Status: ðŸŸ¢ green, then â€“ later â€“ fine"),
      errors: [{ line: 3, message: /"â†’" is mojibake .*\(4 places\)/ }],
    },
    {
      name: "broken YAML front matter points at the line the parser rejected",
      code: md("---", "title: Checkout errors", "incident_date: [2026-03-02", "severity: SEV-2", "---", "", "# Checkout errors"),
      errors: [{ line: 4, message: "The front matter is not valid YAML" }],
    },
    {
      name: "front matter that is a list, not a mapping",
      code: md("---", "- one", "- two", "---", "", "# Checkout errors"),
      errors: [{ line: 2, message: "front matter must be a mapping" }],
    },
  ],
});

describe("a flattened document with every rule on", () => {
  it("gets exactly one finding in all", () => {
    const messages = lintText(flattened, "flat.md", defaultConfig(), TODAY).messages;
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([["document-format", 1]]);
  });
});
