import { describe, expect, it } from "vitest";
import { isNextDay, leadingTimestamp } from "../../src/model/dates.js";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";

const days = (text: string) => extract("t.md", text).timeline.map((entry) => [entry.line, entry.time?.text ?? null, entry.date]);

describe("the day of an entry written without a year", () => {
  it.each([
    ["Jan 16, 5:44 AM: queue drains", "2024-01-16", 5 * 60 + 44],
    ["June 14th, 10:00 AM - report arrives", "2024-06-14", 600],
    ["19. April, 11:00 - nodes restart", "2024-04-19", 660],
    ["3 Mar 09:15 deploy", "2024-03-03", 555],
  ])("reads %s in the document's year", (text, iso, minutes) => {
    const stamp = leadingTimestamp(text, null, 2024);
    expect(stamp?.date).toMatchObject({ iso, valid: true });
    expect(stamp?.time?.minutes).toBe(minutes);
  });

  it.each(["May 2022 was calm", "may 21:00 be late", "Mayday call at noon"])("finds no day in %s", (text) => {
    expect(leadingTimestamp(text, null, 2024)?.date ?? null).toBeNull();
  });

  it("needs the year to read one", () => {
    expect(leadingTimestamp("Jan 16, 5:44 AM: queue drains")?.date ?? null).toBeNull();
  });
});

describe("isNextDay", () => {
  it.each([
    [23 * 60 + 9, 60 + 17, true],
    [20 * 60, 7 * 60, true],
    [14 * 60, 13 * 60 + 50, false],
    [16 * 60 + 5, 2 * 60 + 54, false],
    [9 * 60, 10 * 60, false],
  ])("from %i minutes to %i: %s", (previous, minutes, next) => {
    expect(isNextDay(previous, minutes)).toBe(next);
  });
});

describe("the day in force for each timeline entry", () => {
  it("puts undated entries on the incident's day and moves to the next one when the clock passes midnight", () => {
    const text = md("# 2026-02-10 Queue outage", "", "## Timeline", "", "| Time | Event |", "|---|---|", "| 2250 | lag alert |", "| 2309 | failover |", "| 0117 | all clear |");
    expect(days(text)).toEqual([
      [7, "2250", "2026-02-10"],
      [8, "2309", "2026-02-10"],
      [9, "0117", "2026-02-11"],
    ]);
  });

  it("reads month-name days across midnight and a day in brackets after the time", () => {
    const text = md("# Cache outage, 2025", "", "## Timeline", "", "- Jan 15, 5:33 PM: cache evicts", "- Jan 16, 5:44 AM: queue drains", "- 22:30 UTC (Jan 17) - paged again", "- 01:05 UTC - fixed");
    expect(days(text)).toEqual([
      [5, "Jan 15, 5:33 PM", "2025-01-15"],
      [6, "Jan 16, 5:44 AM", "2025-01-16"],
      [7, "22:30", "2025-01-17"],
      [8, "01:05", "2025-01-18"],
    ]);
  });

  it("starts a new day at a heading per event that writes one", () => {
    const text = md("# Mail relay outage 2024", "", "## Timeline", "", "### 18. April, 22:10", "", "Relay stalls.", "", "### 23:40", "", "Restarted.", "", "### 19. April, 11:00", "", "Fixed.");
    expect(days(text)).toEqual([
      [5, "18. April, 22:10", "2024-04-18"],
      [9, "23:40", "2024-04-18"],
      [13, "19. April, 11:00", "2024-04-19"],
    ]);
  });

  it("takes a day given once above the entries, as a line or a sentence, and does not count it as an event", () => {
    const line = md("## Timeline", "", "- 2015-10-21 (all times UTC)", "- 09:00 deploy", "- 09:30 errors");
    expect(days(line)).toEqual([
      [4, "09:00", "2015-10-21"],
      [5, "09:30", "2015-10-21"],
    ]);
    const sentence = md("## Timeline", "", "Unless otherwise noted, all events happened on 2019-10-21 (UTC).", "", "- 2019-10-20 23:55: disk fills", "- 01:38: alert fires");
    expect(days(sentence)).toEqual([
      [5, "2019-10-20 23:55", "2019-10-20"],
      [6, "01:38", "2019-10-21"],
    ]);
  });

  it("reads dashed numeric dates in the document's order and ISO times written after a T", () => {
    const text = md("## Timeline", "", "- 16-10-2024 11:58 - change merged", "- 24-10-2024 02:00 - release published", "- 2024-10-24T04:45:00Z — instances fail");
    expect(days(text)).toEqual([
      [3, "16-10-2024 11:58", "2024-10-16"],
      [4, "24-10-2024 02:00", "2024-10-24"],
      [5, "2024-10-24T04:45:00", "2024-10-24"],
    ]);
  });

  it("does not carry a date heading's day into the next section", () => {
    const text = md("## Timeline", "", "### 2026-01-05", "", "- 10:00 deploy", "", "## Second outage", "", "**Timeline:**", "", "- 12:00 (Jan 9) paged", "- 13:00 fixed");
    expect(days(text).map(([, , date]) => date)).toEqual(["2026-01-05", "2026-01-09", "2026-01-09"]);
  });
});

describe("the incident date", () => {
  it("is the day the timeline's impact began, before a report or review date", () => {
    const text = md("# Payments outage", "", "**Date:** 2026-03-17", "", "## Timeline", "", "- 2026-03-15 10:00: config change merged", "- 2026-03-16 14:00: errors began for card payments", "- 2026-03-16 14:05: paged");
    expect(extract("t.md", text).incidentDate?.text).toBe("2026-03-16");
  });

  it("is a field that names it, whatever the timeline says", () => {
    const text = md("---", "incident_date: 2026-03-14", "---", "# Payments outage", "", "## Timeline", "", "- 2026-03-16 14:00: errors began");
    expect(extract("t.md", text).incidentDate?.text).toBe("2026-03-14");
  });

  it("falls back to the first date the opening prose writes, and to a timeline's first day when it has no times", () => {
    expect(extract("t.md", md("# Token leak", "", "On 31st July 2018 a researcher reported a leaked token.", "", "## Response", "", "We revoked it.")).incidentDate?.text).toBe("2018-07-31");
    expect(extract("t.md", md("# Parser bug", "", "## Timeline", "", "- 10/14/2022 - bug reported", "- 11/03/2022 - fix released")).incidentDate?.text).toBe("2022-10-14");
  });

  it("falls back to a title date written with dashes", () => {
    expect(extract("t.md", md("# Website outage 5-26-21", "", "## Timeline", "", "- 04:49 PM UTC branch renamed")).incidentDate?.text).toBe("2021-05-26");
  });
});

describe("timelines found by their content", () => {
  it("reads a list whose items start with times as entries under any account heading", () => {
    const text = md("# Database outage 2026-04-02", "", "## Leadup", "", "- **00:27 UTC:** connections climb", "- **00:32 UTC:** on-call is alerted", "- Postgres saturates");
    expect(days(text)).toEqual([
      [5, "00:27", "2026-04-02"],
      [6, "00:32", "2026-04-02"],
      [7, null, "2026-04-02"],
    ]);
  });

  it("leaves timed lists of decisions and next steps alone, and a list with one time in it", () => {
    const decisions = md("## Decisions", "", "- 10:05 — decided to fail over", "- 10:20 — decided to page the vendor");
    const steps = md("## Next steps", "", "- 10:00 Monday: review", "- 14:00 Tuesday: retro");
    const prose = md("## Background", "", "- The job runs at 02:00", "- It writes to the cache", "- It has no alert");
    for (const text of [decisions, steps, prose]) expect(extract("t.md", text).timeline).toEqual([]);
  });

  it("continues the timeline at a heading that gives a day and a time", () => {
    const text = md("# Launch overload 2018", "", "## Timeline", "", "### Feb 20, 16:05", "", "Launches fail.", "", "## Feb 21, 13:00", "", "Capacity added.", "", "### 15:15", "", "Back to normal.");
    expect(days(text)).toEqual([
      [5, "Feb 20, 16:05", "2018-02-20"],
      [9, "Feb 21, 13:00", "2018-02-21"],
      [13, "15:15", "2018-02-21"],
    ]);
  });
});

describe("evidence an entry quotes", () => {
  it.each([
    ["a fenced block of output", md("## Timeline", "", "### 16:59", "", "Launches fail:", "", "```", "Failed to create user", "```")],
    ["a screenshot", md("## Timeline", "", "- 04:45 - uptime drops", "  ![uptime](uptime.png)")],
    ["what the logs show", md("## Timeline", "", "- 14:55 - API logs show an UndefinedColumn error")],
  ])("counts %s", (_, text) => {
    expect(extract("t.md", text).timeline[0]?.evidence).not.toBeNull();
  });

  it("does not count a plain account", () => {
    expect(extract("t.md", md("## Timeline", "", "- 14:55 - the team restarts the API")).timeline[0]?.evidence).toBeNull();
  });
});
