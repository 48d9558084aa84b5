import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";
import { fixture } from "./helpers.js";

describe("tables", () => {
  const doc = fixture("tables.md");

  it('reads a timeline table with "Time (UTC)", "What happened", "Source" and a Notes column of labels', () => {
    expect(doc.timeline.map((entry) => [entry.line, entry.time?.text, entry.minutes, entry.label, entry.evidence?.text ?? null])).toEqual([
      [11, "09:58", 9 * 60 + 58, "fact", "deploy log"],
      [12, "10:04", 10 * 60 + 4, "fact", "lag dashboard"],
      [13, "10:15", 10 * 60 + 15, "hypothesis", null],
      [14, "10:41", 10 * 60 + 41, "fact", "chat log"],
    ]);
    expect(doc.timeline[0]!.event).toBe("Queue consumer deploy 212 starts");
    expect(doc.timeline.every((entry) => entry.shape === "table")).toBe(true);
  });

  it("reads action tables with Task / Assignee / Deadline / Success metric / Status columns", () => {
    const [skip, alert, rewrite] = doc.actions;
    expect(skip).toMatchObject({ line: 24, title: "Skip messages that fail to parse three times", status: "in-progress" });
    expect(skip!.owner).toMatchObject({ text: "@lena", line: 24 });
    expect(skip!.due).toMatchObject({ text: "2026-03-01", line: 24 });
    expect(skip!.success?.text).toBe("no partition lag above 1 min in 30 days");
    expect(alert).toMatchObject({ line: 25, status: "done" });
    expect(rewrite).toMatchObject({ line: 26, title: "Rewrite the consumer in Go", status: "dropped" });
  });

  it("reads By Whom / Due Date / Done when columns", () => {
    const action = doc.actions[3]!;
    expect(action).toMatchObject({ line: 32, title: "Add a payload schema check at the producer" });
    expect([action.owner?.text, action.due?.text, action.success?.text]).toEqual([
      "Payments team",
      "2026-03-15",
      "producer rejects malformed payloads in staging",
    ]);
  });

  it("recognises numbered headings and leaves a timeline review out of the timeline", () => {
    expect(doc.sections.map((section) => [section.line, section.kind])).toEqual([
      [1, null],
      [3, "summary"],
      [7, "timeline"],
      [16, "root-cause"],
      [20, "actions"],
      [28, "actions"],
      [34, null],
    ]);
    expect(doc.timeline).toHaveLength(4);
  });

  it("takes the incident date from the title", () => {
    expect(doc.incidentDate).toMatchObject({ text: "2026-02-11", line: 1 });
  });

  it("reads a Timestamp column, a Fact/Hypothesis column and seconds", () => {
    const table = extract(
      "t.md",
      md("## Timeline", "", "| Timestamp | Event | Fact/Hypothesis |", "|---|---|---|", "| 2026-02-11 10:04:30 | lag | Fact |", "| 10:15 | stuck | Hypothesis |"),
    );
    expect(table.timeline.map((entry) => [entry.line, entry.minutes, entry.date, entry.label])).toEqual([
      [5, 10 * 60 + 4, "2026-02-11", "fact"],
      [6, 10 * 60 + 15, "2026-02-11", "hypothesis"],
    ]);
  });

  it("takes the Description, not an Event Type column, as the event", () => {
    const typed = extract("t.md", md("## Timeline", "", "| Time | Event Type | Description |", "|---|---|---|", "| 0730 | `operator` | The operator renews the metadata |"));
    expect(typed.timeline.map((entry) => [entry.line, entry.minutes, entry.event])).toEqual([[5, 7 * 60 + 30, "The operator renews the metadata"]]);
  });

  it("reads a Status column of emoji and a Due column of placeholders as they are", () => {
    const table = extract("t.md", md("## Action items", "", "| Action | Owner | Due | Status |", "|---|---|---|---|", "| Add alert | TBD | YYYY-MM-DD | ✅ |", "| Fix docs | @ana | 2026-03-01 | 🟡 |"));
    expect(table.actions.map((action) => [action.line, action.owner?.text, action.due?.text, action.status])).toEqual([
      [5, "TBD", "YYYY-MM-DD", "done"],
      [6, "@ana", "2026-03-01", "in-progress"],
    ]);
  });
});
