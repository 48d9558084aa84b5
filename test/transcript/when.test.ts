import { describe, expect, it } from "vitest";
import { findDues, incidentDayFrom } from "../../src/transcript/when.js";

// 2025-01-08 is a Wednesday.
const MEETING = "2025-01-08";

describe("spoken deadlines", () => {
  it.each([
    ["I'll send options to you by Monday.", "2025-01-13"],
    ["Can you have a draft by Friday?", "2025-01-10"],
    ["by Wednesday", "2025-01-15"],
    ["I can get you the list today.", "2025-01-08"],
    ["I'll do it tomorrow", "2025-01-09"],
    ["Let's have something within two weeks.", "2025-01-22"],
    ["Give us a week?", "2025-01-15"],
    ["in 3 days", "2025-01-11"],
    ["by the end of the week", "2025-01-10"],
    ["by end of month", "2025-01-31"],
    ["by January 20", "2025-01-20"],
    ["by 2025-02-03", "2025-02-03"],
  ])("%s -> %s", (sentence, iso) => {
    expect(findDues(sentence, MEETING)[0]?.iso).toBe(iso);
  });

  it("leaves 'next sprint' as a question, not a date", () => {
    const [due] = findDues("I'll figure it out next sprint", MEETING);
    expect(due).toMatchObject({ iso: null, text: "next sprint" });
    expect(due!.question).toContain("not a date");
  });

  it("marks deadlines said as questions as tentative", () => {
    expect(findDues("Give us a week?", MEETING)[0]!.tentative).toBe(true);
    expect(findDues("We'll have it by Friday.", MEETING)[0]!.tentative).toBe(false);
  });

  it("can't resolve a weekday without the meeting date", () => {
    expect(findDues("by Friday", null)[0]).toMatchObject({ iso: null, question: "which date?" });
  });

  it("finds the incident day relative to the meeting", () => {
    expect(incidentDayFrom("We had a significant outage yesterday", MEETING)).toBe("2025-01-07");
    expect(incidentDayFrom("It broke this morning", MEETING)).toBe(MEETING);
    expect(incidentDayFrom("I can get you the list today", MEETING)).toBeNull();
  });
});
