import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { parseDuration } from "../../src/model/incident-times.js";
import { findTimezone, timezoneNextTo, timezoneStatement } from "../../src/model/timezones.js";
import { findBlame, findCounterfactual, findFigures, findPeopleReliance, findVagueAction } from "../../src/model/wording.js";
import { md } from "../helpers/rule-tester.js";

describe("parseDuration", () => {
  it.each([
    ["55 minutes (10:15 AM - 11:10 AM UTC)", 55],
    ["~1.5 hours", 90],
    ["7 hours 9 minutes", 429],
    ["1h 30m", 90],
    ["90-minute outage", 90],
    ["2 days", 2880],
    ["21:45 to 23:28 UTC (103 minutes)", 103],
    ["55 minutes, 3 retries", 55],
  ])("%s is %i minutes", (text, minutes) => expect(parseDuration(text)).toBe(minutes));

  it.each(["?", "N/A", "[XX hours YY minutes]", "10:15 - 11:10"])("%s is no duration", (text) => expect(parseDuration(text)).toBeNull());
});

describe("timezones", () => {
  it("reads zones in capitals only", () => {
    expect(findTimezone("Time (UTC, 2026-03-16)")).toBe("UTC");
    expect(findTimezone("all times Europe/Berlin")).toBe("Europe/Berlin");
    expect(findTimezone("est. traffic doubled at the pst office")).toBeNull();
  });

  it("finds the zone written with a time", () => {
    expect(timezoneNextTo("04:50 PM UTC Site repo changed", "04:50 PM")).toBe("UTC");
    expect(timezoneNextTo("14:05Z rollback", "14:05")).toBe("Z");
    expect(timezoneNextTo("10:15+01:00 resolved", "10:15")).toBe("+01:00");
    expect(timezoneNextTo("2026-01-08T20:09:02-05:00 metrics back", "2026-01-08T20:09:02")).toBe("-05:00");
    expect(timezoneNextTo("24-10-2024 02:00-04:30 - images published", "24-10-2024 02:00")).toBeNull();
    expect(timezoneNextTo("2024-06-28 7:09 AM Eastern: token revoked", "2024-06-28 7:09 AM")).toBe("Eastern");
    expect(timezoneNextTo("14:05 — Error in the MST module", "14:05")).toBeNull();
  });

  it("reads a sentence that states the zone of all times", () => {
    expect(timezoneStatement("Unless otherwise noted all times are in\nUTC.")).toBe("UTC");
    expect(timezoneStatement("All times in UTC+1")).toBe("UTC+1");
    expect(timezoneStatement("We moved to UTC logging last year.")).toBeNull();
  });
});

describe("blame wording", () => {
  const cause = { scope: "cause" as const, allow: [] };
  it("finds judging words and people as the cause", () => {
    expect(findBlame("It was human error.", cause).map((match) => match.match)).toEqual(["human error"]);
    expect(findBlame("@bob forgot to run the check.", cause).map((match) => match.kind)).toEqual(["person"]);
  });

  it("leaves neutral wording alone", () => {
    expect(findBlame("The error rate rose to 12%.", cause)).toEqual([]);
    expect(findBlame("Operator error is never a root cause.", cause)).toEqual([]);
    expect(findBlame("Nothing warned the engineer who deployed it.", cause)).toEqual([]);
    expect(findBlame("@jane acknowledged the alert", { scope: "timeline", allow: [] })).toEqual([]);
    expect(findBlame("the engineer who deployed it rolled back", { scope: "timeline", allow: [] })).toEqual([]);
  });
});

describe("counterfactuals, vague and people-reliant actions", () => {
  it("tells counterfactuals from hedges", () => {
    expect(findCounterfactual("a canary would have caught it")?.match).toBe("would have");
    expect(findCounterfactual("the cache could have been stale")).toBeNull();
    expect(findCounterfactual("this could have been caught in staging")?.match).toBe("could have been caught");
  });

  it("flags unverifiable actions unless they carry a target", () => {
    expect(findVagueAction("Improve monitoring")?.match).toBe("Improve");
    expect(findVagueAction("Improve p95 latency to under 200 ms")).toBeNull();
    expect(findVagueAction("Add an investigation runbook")).toBeNull();
    expect(findPeopleReliance("Remind engineers to double-check")?.match).toBe("Remind engineers");
  });
});

describe("impact figures", () => {
  it("counts numbers of affected things, money, percentages and stated zero", () => {
    const text = "~2,000 transactions failed (15%), costing $2,400; no packages were compromised.";
    expect(findFigures(text).map((figure) => figure.match)).toEqual(["~2,000 transactions", "15%", "$2,400", "no packages"]);
  });

  it("ignores dates, times, versions, issue numbers and ids", () => {
    expect(findFigures("On 2026-05-02 at 14:05, v2.3.1 users (see #123, build 20220105) saw errors.")).toEqual([]);
  });
});

describe("the postmortem owner", () => {
  it("comes from the header, not from an owner line that belongs to a review or an action", () => {
    const owners = (...lines: string[]) => extract("x.md", md(...lines)).owners.fields.map((field) => field.text);
    expect(owners("# Outage", "", "## Learnings review", "", "- **Owner:** Mei", "- **Cadence:** monthly")).toEqual([]);
    expect(owners("# Outage", "", "**Owner:** Ana", "", "## Learnings review", "", "- **Owner:** Mei")).toEqual(["Ana"]);
    expect(owners("# Outage", "", "## Incident details", "", "**Owner:** Ana")).toEqual(["Ana"]);
  });
});

describe("impact statements", () => {
  const impactOf = (...lines: string[]) => extract("x.md", md(...lines)).impact.map(({ title, source, figures }) => ({ title, source, figures: figures.map((figure) => figure.text) }));

  it("reads the summary's figures beside the impact section's, and a stated zero as a figure", () => {
    expect(impactOf("# Outage", "", "## Summary", "", "Checkout failed for 40 minutes.", "", "## Impact", "", "No customers were affected.")).toEqual([
      { title: "Summary", source: "summary", figures: ["40 minutes"] },
      { title: "Impact", source: "impact-section", figures: ["No customers"] },
    ]);
  });

  it("skips a template's examples and a recurring review's summary", () => {
    expect(impactOf("# Outage", "", "## Impact", "", "- 1,200 users for 35 minutes", "- e.g. 50% of requests", "", "## Monthly learnings review summary", "", "12 incidents")).toEqual([
      { title: "Impact", source: "impact-section", figures: ["1,200 users", "35 minutes"] },
    ]);
  });
});

describe("extracted guidance model", () => {
  const doc = extract(
    "x.md",
    md(
      "---",
      "owner: ana",
      "started_at: 2026-05-02 10:00",
      "---",
      "# Outage",
      "",
      "**Duration:** 95 minutes",
      "",
      "## Impact",
      "",
      "About 2,000 checkouts failed.",
      "",
      "## Timeline",
      "",
      "| Time (UTC) | Event |",
      "|---|---|",
      "| 10:05 | Error rate alert fired |",
      "| 10:20 | Deploy attempts to roll back failed; cannot be reverted |",
      "| 10:40 | Rolled back the release; errors dropped |",
      "| 11:35 | Incident resolved |",
    ),
  );

  it("has the owner, timezone and impact figures with their lines", () => {
    expect(doc.owners).toEqual({ source: "owner", fields: [{ text: "ana", line: 1, column: 1 }] });
    expect(doc.timezone).toMatchObject({ text: "UTC", line: 15 });
    expect(doc.impact).toEqual([
      { title: "Impact", source: "impact-section", line: 9, column: 1, figures: [{ text: "2,000 checkouts", line: 11, column: 1 }], unfilled: false },
      { title: "duration", source: "duration-field", line: 7, column: 1, figures: [{ text: "95 minutes", line: 7, column: 1 }], unfilled: false },
    ]);
  });

  it("takes the start from front matter and the rest from the timeline's wording, skipping negated steps", () => {
    expect(doc.times.started).toMatchObject({ source: "front-matter" });
    expect(doc.times.detected).toMatchObject({ text: "10:05", line: 17 });
    expect(doc.times.mitigated).toMatchObject({ text: "10:40", line: 19 });
    expect(doc.times.resolved).toMatchObject({ text: "11:35", line: 20 });
    expect([doc.times.timeToDetect, doc.times.timeToMitigate, doc.times.timeToResolve]).toEqual([5, 40, 95]);
    expect(doc.times.claimed).toEqual([expect.objectContaining({ kind: "duration", minutes: 95, line: 7, range: null })]);
  });

  it("rolls an undated timeline over midnight", () => {
    const night = extract("n.md", md("## Timeline", "", "- 23:50 UTC alert fired", "- 00:30 UTC incident resolved"));
    expect(night.times.timeToResolve).toBe(40);
  });
});
