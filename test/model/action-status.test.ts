import { describe, expect, it } from "vitest";
import { localToday } from "../../src/model/dates.js";
import { extract } from "../../src/model/extract.js";
import { statusFromDoneAnswer, statusFromHeading, statusFromText } from "../../src/model/vocabulary.js";

const lines = (...text: string[]) => text.join("\n");
const actionsOf = (...text: string[]) => extract("doc.md", lines(...text)).actions.map((action) => ({ title: action.title, owner: action.owner?.text ?? null, status: action.status }));

describe("statusFromText", () => {
  it.each([
    ["Done", "done"],
    ["Complete", "done"],
    ["✅", "done"],
    ["✓", "done"],
    ["[x]", "done"],
    ["🟢 Done", "done"],
    ["In progress", "in-progress"],
    ["🟡 In Progress", "in-progress"],
    ["Open", "open"],
    ["Not started", "open"],
    ["🔴 Not Started", "open"],
    ["[ ]", "open"],
    ["Blocked on vendor", "open"],
    ["Dropped", "dropped"],
    ["Won't do", "dropped"],
    ["Won’t do", "dropped"],
    ["Superseded by #12", "dropped"],
    ["❌", "dropped"],
  ])("reads %j as %s", (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });

  it("reads nothing into words that are not statuses", () => {
    expect(statusFromText("Incomplete rollout notes")).toBeNull();
    expect(statusFromText("P1")).toBeNull();
  });
});

describe("statusFromHeading and statusFromDoneAnswer", () => {
  it.each([
    ["Completed", "done"],
    ["Immediate actions (completed)", "done"],
    ["Done ✅", "done"],
    ["Open items", "open"],
    ["Planned actions (planned or in-progress)", "in-progress"],
    ["Dropped", "dropped"],
    ["Short term", null],
    ["Action items", null],
    ["Fix the closed-loop alert pipeline for good", null],
  ])("heading %j files its actions as %s", (title, status) => {
    expect(statusFromHeading(title)).toBe(status);
  });

  it("reads a Done? answer", () => {
    expect(statusFromDoneAnswer("Yes")).toBe("done");
    expect(statusFromDoneAnswer("no")).toBe("open");
    expect(statusFromDoneAnswer("maybe")).toBeNull();
  });
});

describe("action status in every shape", () => {
  it("reads '(done)' written in a table's action cell, and leaves it out of the title", () => {
    expect(actionsOf("## Action items", "", "| Action | Owner | Due |", "|---|---|---|", "| Document runbook (done) | @mo | 2026-05-10 |", "| Add alert | @al | 2026-05-11 |")).toEqual([
      { title: "Document runbook", owner: "@mo", status: "done" },
      { title: "Add alert", owner: "@al", status: null },
    ]);
  });

  it("reads a Status column, struck-through rows and a Done? column", () => {
    expect(
      actionsOf(
        "## Action items",
        "",
        "| Action | Owner | Status |",
        "|---|---|---|",
        "| A | @a | Won't do |",
        "| ~~B~~ | @b | |",
        "| **~~C~~** | @c | Open |",
        "| D | @d | ✅ |",
      ).map((action) => action.status),
    ).toEqual(["dropped", "dropped", "dropped", "done"]);
    expect(actionsOf("## Action items", "", "| Task | Owner | Done? |", "|---|---|---|", "| A | @a | Yes |", "| B | @b | No |").map((action) => action.status)).toEqual(["done", "open"]);
  });

  it("reads task boxes, and a struck-through task without leaving its checkbox in the title", () => {
    expect(actionsOf("## Action items", "", "- [x] Ship it — owner: @a", "- [ ] Test it — owner: @b", "- [ ] ~~Rewrite it~~ — owner: @c", "- [x] ~~Replace it~~")).toEqual([
      { title: "Ship it", owner: "@a", status: "done" },
      { title: "Test it", owner: "@b", status: "open" },
      { title: "Rewrite it", owner: "@c", status: "dropped" },
      { title: "Replace it", owner: null, status: "dropped" },
    ]);
  });

  it("takes a handle in brackets or at the end as the owner, out of the title", () => {
    expect(actionsOf("## Action items", "", "- Add a canary check (@tariq)", "- Add a queue alert — @noor", "- Ask @lee, then deploy")).toEqual([
      { title: "Add a canary check", owner: "@tariq", status: null },
      { title: "Add a queue alert", owner: "@noor", status: null },
      { title: "Ask @lee, then deploy", owner: "@lee", status: null },
    ]);
  });

  it("reads a struck-through bold title of a field block, and a Status field", () => {
    expect(
      actionsOf(
        "## Action items",
        "",
        "~~**[1] Move to the managed service**~~",
        "- **Owner:** @amir",
        "- **Due:** 2026-09-30",
        "",
        "**~~[2] Buy more disks~~**",
        "- **Owner:** @amir",
        "- **Due:** 2026-09-30",
        "",
        "**[3] Measure per shard**",
        "- **Owner:** @wen",
        "- **Status:** 🟡 In progress",
      ),
    ).toEqual([
      { title: "Move to the managed service", owner: "@amir", status: "dropped" },
      { title: "Buy more disks", owner: "@amir", status: "dropped" },
      { title: "Measure per shard", owner: "@wen", status: "in-progress" },
    ]);
  });

  it("files actions under a status heading, unless they say otherwise", () => {
    expect(
      actionsOf("## Action items", "", "### Completed", "", "- Pause the rollout — owner: @n", "- Page the vendor — owner: @n, status: open", "", "### Long term", "", "- Autoscale — owner: @t"),
    ).toEqual([
      { title: "Pause the rollout", owner: "@n", status: "done" },
      { title: "Page the vendor", owner: "@n", status: "open" },
      { title: "Autoscale", owner: "@t", status: null },
    ]);
  });

  it("keeps subsections of the action items that name another kind (Detection, Follow-up) as actions", () => {
    const doc = extract("doc.md", lines("## Action items", "", "### Detection", "", "- [ ] Alert on queue age — owner: @n", "", "### Follow-up from the last incident", "", "- [ ] Finish the runbook — owner: @m", "", "### Parked ideas", "", "- Rewrite everything"));
    expect(doc.actions.map((action) => action.title)).toEqual(["Alert on queue age", "Finish the runbook"]);
    expect(doc.parkedIdeas.map((idea) => idea.text)).toEqual(["Rewrite everything"]);
  });
});

describe("localToday", () => {
  it("is the calendar date where the user is, even late in the evening", () => {
    expect(localToday(new Date(2028, 1, 29, 23, 59))).toBe("2028-02-29");
    expect(localToday(new Date(2028, 2, 1, 0, 1))).toBe("2028-03-01");
  });
});
