import { describe, expect, it } from "vitest";
import { extend, PATTERNS, VAGUE } from "../../src/transcript/patterns.js";

describe("transcript patterns: every example in the table", () => {
  for (const speech of PATTERNS) {
    for (const example of speech.matches) {
      it(`${speech.id} matches "${example}"`, () => {
        expect(new RegExp(speech.pattern.source, speech.pattern.flags.replace("g", "")).test(example)).toBe(true);
      });
    }
    for (const example of speech.ignores) {
      it(`${speech.id} ignores "${example}"`, () => {
        expect(new RegExp(speech.pattern.source, speech.pattern.flags.replace("g", "")).test(example)).toBe(false);
      });
    }
  }

  it("extends a pattern with a team's own words", () => {
    const vague = extend(VAGUE, ["noodle on"]);
    expect(vague.test("I'll noodle on it")).toBe(true);
    expect(extend(VAGUE, []).source).toBe(VAGUE.pattern.source);
  });
});
