import { describe, expect, it } from "vitest";
import { buildVocabulary, findPlaceholder, findPlaceholders } from "../../src/model/vocabulary.js";

describe("placeholders", () => {
  // One of each built-in kind: the pre-check that skips lines without placeholders must let all through.
  const kinds: Array<[string, string]> = [
    ["Owner: [Name]", "[Name]"],
    ["Ticket [XXX]", "[XXX]"],
    ["Owner: <owner>", "<owner>"],
    ["Service: {{service}}", "{{service}}"],
    ["Date: YYYY-MM-DD", "YYYY-MM-DD"],
    ["At hh:mm the alert fired", "hh:mm"],
    ["| Owner | TBD |", "TBD"],
    ["Due: FIXME", "FIXME"],
    ["It took XX minutes", "XX"],
    ["Lorem Ipsum dolor sit amet", "Lorem Ipsum"],
  ];
  it.each(kinds)("finds the placeholder in %j", (text, placeholder) => {
    expect(findPlaceholders(text).map((found) => found.match)).toEqual([placeholder]);
    expect(findPlaceholder(text)?.match).toBe(placeholder);
  });

  it("finds none in plain prose, and still finds a team's own placeholder there", () => {
    const prose = "The deploy at 14:02 UTC rolled back cleanly; 2% of requests failed.";
    expect(findPlaceholders(prose)).toEqual([]);
    expect(findPlaceholder(prose)).toBeNull();
    const team = buildVocabulary({ placeholders: ["PENDING"] });
    expect(findPlaceholders("Root cause: PENDING", team)).toEqual([{ index: 12, match: "PENDING" }]);
  });

  it("takes XX blanks and leaves estimates and words alone (the look-behinds follow the Xs)", () => {
    expect(findPlaceholders("took XX minutes, ends XX:XX")).toEqual([
      { index: 5, match: "XX" },
      { index: 22, match: "XX" },
    ]);
    expect(findPlaceholders("INC-XXX and file_XXXX").map((found) => found.match)).toEqual(["XXX", "XXXX"]);
    expect(findPlaceholders("2X:XX (not sure), $XX, v1.XX, XXL, foo-XX")).toEqual([]);
  });
});
