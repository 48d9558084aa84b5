import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { classifySection } from "../../src/model/vocabulary.js";
import { md } from "../helpers/rule-tester.js";
import { fixture } from "./helpers.js";

describe("headings", () => {
  it.each([
    ["Timeline", "timeline"],
    ["Timeline of Events", "timeline"],
    ["Incident Timeline", "timeline"],
    ["2) Facts + Timeline", "timeline"],
    ["Timeline (all times UTC)", "timeline"],
    ["Action Items", "actions"],
    ["Action Tracker", "actions"],
    ["Follow-up actions", "actions"],
    ["Follow-up improvements", "actions"],
    ["Remediation", "actions"],
    ["Corrective and Preventative Measures", "actions"],
    ["Future measures", "actions"],
    ["How are we preventing it from happening again?", "actions"],
    ["Kill Criteria / Triggers", "triggers"],
    ["Triggers", "triggers"],
    ["Root Cause Analysis", "root-cause"],
    ["III. Contributing Factors", "contributing-factors"],
    ["5 Whys", "five-whys"],
    ["TL;DR", "summary"],
    ["Issue Summary", "summary"],
    ["🔥 Impact", "impact"],
    ["Lessons learnt", "lessons"],
    ["Timeline review", null],
    ["Acknowledgements", null],
  ])("%s is %s", (title, kind) => {
    expect(classifySection(title)).toBe(kind);
  });

  const doc = fixture("time-headings.md");

  it('reads "### 16:32" headings as entries, the text below as the event', () => {
    expect(doc.timeline.map((entry) => [entry.line, entry.shape, entry.time?.text, entry.label])).toEqual([
      [13, "heading", "22:40", "fact"],
      [17, "heading", "23:55", "hypothesis"],
      [23, "heading", "00:20", "fact"],
      [27, "heading", "1:05 AM", "fact"],
    ]);
    expect(doc.timeline[0]!.event).toBe("Disk latency alert fires (fact, source: PagerDuty).");
    expect(doc.timeline[1]!.event).toMatch(/^Node drained /);
  });

  it('continues the timeline under "## May 12" headings beside "## Timeline", dating each entry', () => {
    expect(doc.sections.filter((section) => section.kind === "timeline").map((section) => section.title)).toEqual([
      "Timeline",
      "May 12",
      "22:40",
      "23:55 - Node drained",
      "May 13",
      "00:20",
      "1:05 AM",
    ]);
    expect(doc.sections.at(-1)).toMatchObject({ title: "Root cause", kind: "root-cause" });
    expect(doc.timeline.map((entry) => entry.date?.slice(5))).toEqual(["05-12", "05-12", "05-13", "05-13"]);
  });

  it("gives each section its end line", () => {
    const summary = doc.sections.find((section) => section.title === "Summary")!;
    expect([summary.line, summary.endLine]).toEqual([3, 6]);
  });

  it("does not take a heading that is only a date as a timeline outside one", () => {
    const other = extract("o.md", md("## Summary", "", "Text.", "", "## May 12", "", "- 10:00 something"));
    expect(other.timeline).toEqual([]);
  });
});
