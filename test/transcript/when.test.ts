import { describe, expect, it } from "vitest";
import { findDues, findSpokenTimes, incidentDayFrom, nearest } from "../../src/transcript/when.js";

// 2025-01-08 is a Wednesday.
const MEETING = "2025-01-08";

describe("spoken deadlines", () => {
  it.each([
    ["I'll send options to you by Monday.", "2025-01-13"],
    ["Can you have a draft by Friday?", "2025-01-10"],
    ["by Wednesday", "2025-01-15"],
    ["by Fri", "2025-01-10"],
    ["I can get you the list today.", "2025-01-08"],
    ["I'll do it tomorrow", "2025-01-09"],
    ["Tomorrow EOD.", "2025-01-09"],
    ["Let's have something within two weeks.", "2025-01-22"],
    ["Two weeks from today?", "2025-01-22"],
    ["Give us a week?", "2025-01-15"],
    ["in 3 days", "2025-01-11"],
    ["by the end of the week", "2025-01-10"],
    ["End of next week.", "2025-01-17"],
    ["by end of month", "2025-01-31"],
    ["Give me till the end of the month though", "2025-01-31"],
    ["by next Wed", "2025-01-15"],
    ["By next Friday.", "2025-01-17"],
    ["I'll ship it on Tuesday.", "2025-01-14"],
    ["I'll send the baseline Thursday.", "2025-01-09"],
    ["by January 20", "2025-01-20"],
    ["Before the next release, which is October 6th.", "2025-10-06"],
    ["by 2025-02-03", "2025-02-03"],
    ["By the 24th.", "2025-01-24"],
    ["The 2nd, yeah.", "2025-02-02"],
    ["So say by the 26th?", "2025-01-26"],
  ])("%s -> %s", (sentence, iso) => {
    expect(findDues(sentence, MEETING)[0]?.iso).toBe(iso);
  });

  it("names no day for 'next sprint' or 'at some point'", () => {
    expect(findDues("I'll figure it out next sprint", MEETING)[0]).toMatchObject({ iso: null, text: "next sprint" });
    expect(findDues("Yeah, sure. At some point.", MEETING)[0]).toMatchObject({ iso: null });
  });

  it("counts no span from a later event, and no 'today' that only anchors a span", () => {
    expect(findDues("Give me a day after that.", MEETING)).toEqual([]);
    expect(findDues("Then once I have it, it's a day's work.", MEETING)).toEqual([]);
    expect(findDues("From today, yes.", MEETING)).toEqual([]);
  });

  it("ignores a bare weekday when asked to (talk about what happened)", () => {
    expect(findDues("Facilities said Wednesday.", MEETING, false)).toEqual([]);
  });

  it("marks deadlines said as questions as tentative", () => {
    expect(findDues("Give us a week?", MEETING)[0]!.tentative).toBe(true);
    expect(findDues("We'll have it by Friday.", MEETING)[0]!.tentative).toBe(false);
  });

  it("can't resolve a weekday without the meeting date", () => {
    expect(findDues("by Friday", null)[0]).toMatchObject({ iso: null, text: "by Friday" });
  });
});

describe("the incident's day, from how the meeting refers to it", () => {
  it.each([
    ["We had a significant outage yesterday", "2025-01-07"],
    ["It broke this morning", MEETING],
    ["This is the review for the outage from last Friday. The 3rd.", "2025-01-03"],
    ["The review for the certificate expiry on the 1st.", "2025-01-01"],
    ["the review for the outage on the 28th", "2024-12-28"],
    ["This is the review for Monday's search outage.", "2025-01-06"],
    ["the exposed key on Monday", "2025-01-06"],
    ["Mon 6 Jan (evening)", "2025-01-06"],
    ["it started three days ago", "2025-01-05"],
  ])("%s -> %s", (text, iso) => {
    expect(incidentDayFrom(text, MEETING)).toBe(iso);
  });

  it("finds no day where none is said", () => {
    expect(incidentDayFrom("I can get you the list today", MEETING)).toBeNull();
  });
});

describe("clock times said aloud", () => {
  const said = (sentence: string) => findSpokenTimes(sentence).map((time) => [String(Math.floor(time.minutes / 60)).padStart(2, "0") + ":" + String(time.minutes % 60).padStart(2, "0"), time.ambiguous]);

  it.each([
    ["At 2:15 PM the errors started.", [["14:15", false]]],
    ["around ten past two the processor blipped", [["02:10", true]]],
    ["fully back by twenty to four", [["03:40", true]]],
    ["a customer ticket at quarter to four", [["03:45", true]]],
    ["the replay finished at half past midnight", [["00:30", false]]],
    ["Apple approved it at half six", [["06:30", true]]],
    ["it expired at one in the morning", [["01:00", false]]],
    ["I finished at 3:30 in the afternoon", [["15:30", false]]],
    ["It went out at around 6 PM", [["18:00", false]]],
    ["around midnight Jakub checked", [["00:00", false]]],
    ["I did a push at 16:32. Recovery at 16:40", [["16:32", false], ["16:40", false]]],
    ["Monday morning, 08:40, we deployed", [["08:40", false]]],
  ])("%s", (sentence, times) => {
    expect(said(sentence)).toEqual(times);
  });

  it.each(["It took 45 minutes", "version 5.12 rejected it", "the max from twelve to forty", "we were at five percent"])("finds none in %s", (sentence) => {
    expect(findSpokenTimes(sentence)).toEqual([]);
  });

  it("reads an ambiguous hour on the half of the day that continues the story", () => {
    expect(nearest(3 * 60 + 5, 14 * 60 + 21)).toBe(15 * 60 + 5);
    expect(nearest(6 * 60 + 30, 21 * 60 + 30)).toBe(6 * 60 + 30);
    expect(nearest(2 * 60 + 12, 14 * 60 + 21)).toBe(14 * 60 + 12);
  });
});
