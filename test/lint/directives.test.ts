import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { lintText } from "../../src/lint/lint-text.js";
import { smallPostmortem } from "../helpers/postmortem.js";
import { md } from "../helpers/rule-tester.js";

const TODAY = "2026-06-01";

function findings(markdown: string): string[] {
  return lintText(markdown, "test.md", defaultConfig(), TODAY).messages.map((message) => `${message.line} ${message.ruleId}`);
}

// A complete postmortem whose only problems are what the lines put in its summary bring.
function doc(...summary: string[]): string {
  return smallPostmortem({ summary });
}

describe("control comments", () => {
  it("reports placeholders when no comment says otherwise", () => {
    expect(findings(doc("Owner: [Name]", "", "Date: YYYY-MM-DD", "", "Team: [Team]"))).toEqual(["5 no-placeholders", "7 no-placeholders", "9 no-placeholders"]);
  });

  it("disable-next-line covers only the next line, for the named rule", () => {
    expect(findings(doc("<!-- pm-lint-disable-next-line no-placeholders -->", "Owner: [Name]", "Date: YYYY-MM-DD"))).toEqual(["7 no-placeholders"]);
  });

  it("disable-next-line without a rule covers every rule; another rule's name covers nothing", () => {
    expect(findings(doc("<!-- pm-lint-disable-next-line -->", "Owner: [Name]"))).toEqual([]);
    expect(findings(doc("<!-- pm-lint-disable-next-line action-owner -->", "Owner: [Name]"))).toEqual(["6 no-placeholders"]);
  });

  it("disable ... enable switches a rule off for the lines between", () => {
    const text = doc("<!-- pm-lint-disable no-placeholders -->", "Owner: [Name]", "Date: YYYY-MM-DD", "<!-- pm-lint-enable no-placeholders -->", "", "Team: [Team]");
    expect(findings(text)).toEqual(["10 no-placeholders"]);
  });

  it("disable without enable holds to the end of the file; a list and a justification are accepted", () => {
    const text = doc("<!-- pm-lint-disable required-sections, no-placeholders -- filled in after the review -->", "Owner: [Name]", "", "Team: [Team]");
    expect(findings(text)).toEqual([]);
  });

  it("enabling one rule after disabling all leaves the others off", () => {
    const text = md("<!-- pm-lint-disable -->", "# Outage", "", "<!-- pm-lint-enable no-placeholders -->", "Owner: [Name]");
    expect(findings(text)).toEqual(["5 no-placeholders"]);
  });

  it("a comment inside a code block is an example, not a directive", () => {
    const text = doc("```markdown", "<!-- pm-lint-disable -->", "```", "", "Team: [Team]");
    expect(findings(text)).toEqual(["9 no-placeholders"]);
  });

  it("an inline comment at the end of a line works like one on its own line", () => {
    expect(findings(doc("Intro <!-- pm-lint-disable-next-line no-placeholders -->", "Owner: [Name]"))).toEqual([]);
  });

  it("a comment naming a rule pm doesn't have is reported instead of silently doing nothing, its range on the unknown id", () => {
    const text = doc("<!-- pm-lint-disable-next-line no-placeholder -->", "Owner: [Name]");
    const messages = lintText(text, "test.md", defaultConfig(), TODAY).messages;
    expect(messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.severity}`)).toEqual([
      "5:32-5:46 pm-lint-comment 1",
      "6:8-6:14 no-placeholders 1",
    ]);
    expect(messages[0]!.message).toContain('names "no-placeholder", which is not a pm rule');
  });
});
