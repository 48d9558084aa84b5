import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/model/dates.js";
import { extract } from "../../src/model/extract.js";
import { filterActions, NO_OWNER, parseDays, sortByUrgency, summariseByOwner, trackActions, type TrackedAction } from "../../src/tracker/tracker.js";

const lines = (...text: string[]) => text.join("\n");

function tracked(markdown: string, today: string, file = "pm.md"): TrackedAction[] {
  return trackActions(extract(file, markdown), today);
}

function oneDue(due: string, today: string, status = "Open"): TrackedAction {
  const rows = tracked(lines("## Action items", "", "| Action | Owner | Due | Status |", "|---|---|---|---|", `| Fix it | @ana | ${due} | ${status} |`), today);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("days overdue", () => {
  it.each([
    ["2026-01-31", "2026-03-01", 29, "across the end of January and a 28-day February"],
    ["2026-02-28", "2026-03-01", 1, "across the end of a common-year February"],
    ["2028-02-28", "2028-03-01", 2, "across a leap day"],
    ["2028-02-29", "2028-03-01", 1, "from a leap day"],
    ["2028-02-29", "2029-02-28", 365, "a year after a leap day"],
    ["2025-12-31", "2026-01-01", 1, "across a year end"],
    ["2026-03-28", "2026-03-30", 2, "across a daylight-saving change in Europe"],
    ["2026-04-30", "2026-05-31", 31, "across a 30-day month"],
  ])("due %s, today %s: %i days (%s)", (due, today, days) => {
    expect(oneDue(due, today).daysOverdue).toBe(days);
  });

  it("is null on the due day and before it", () => {
    expect(oneDue("2028-02-29", "2028-02-29").daysOverdue).toBeNull();
    expect(oneDue("2028-02-29", "2028-02-28").daysOverdue).toBeNull();
  });

  it("is null for done and dropped actions, however late", () => {
    expect(oneDue("2026-01-01", "2026-06-01", "✅ Done").daysOverdue).toBeNull();
    expect(oneDue("2026-01-01", "2026-06-01", "Won't do").daysOverdue).toBeNull();
    expect(oneDue("2026-01-01", "2026-06-01", "In progress").daysOverdue).toBe(151);
  });

  it("has no due date, and so is never overdue, when the date does not exist or is not a date", () => {
    const invalid = oneDue("2026-02-30", "2026-06-01");
    expect(invalid).toMatchObject({ due: null, dueText: "2026-02-30", daysOverdue: null });
    expect(oneDue("Q3 2026", "2027-06-01")).toMatchObject({ due: null, dueText: "Q3 2026", daysOverdue: null });
    expect(oneDue("March 31, 2026", "2026-04-02")).toMatchObject({ due: "2026-03-31", daysOverdue: 2 });
  });

  it("counts exactly the days added to the due date, for any date and gap", () => {
    const anyDay = fc.integer({ min: 0, max: 200 * 365 }).map((offset) => addDays("1950-01-01", offset));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 3000 }), (due, gap) => {
        expect(oneDue(due, addDays(due, gap)).daysOverdue).toBe(gap);
      }),
      { numRuns: 200 },
    );
  });
});

const board = lines(
  "# Board outage",
  "",
  "## Action items",
  "",
  "| Action | Owner | Due | Status |",
  "|---|---|---|---|",
  "| Late by ten days | @ana | 2026-05-22 | Open |",
  "| Late by one day | Ana Ruiz | 2026-05-31 | In progress |",
  "| Due in a week | @banana | 2026-06-08 | Open |",
  "| Due in three weeks | @bo | 2026-06-22 | Not started |",
  "| Undated | TBD | | Open |",
  "| Finished | @ana | 2026-05-01 | Done |",
  "| Abandoned | @bo | 2026-05-01 | Dropped |",
);
const TODAY = "2026-06-01";
const titles = (rows: TrackedAction[]) => rows.map((row) => row.action);

describe("filters", () => {
  const rows = tracked(board, TODAY, "postmortems/2026-05-20-board.md");

  it("--owner matches whole names and handles, ignoring case and the @", () => {
    expect(titles(filterActions(rows, { owner: "ana" }, TODAY))).toEqual(["Late by ten days", "Late by one day", "Finished"]);
    expect(titles(filterActions(rows, { owner: "@ANA" }, TODAY))).toEqual(["Late by ten days", "Late by one day", "Finished"]);
    expect(titles(filterActions(rows, { owner: "ana ruiz" }, TODAY))).toEqual(["Late by one day"]);
    expect(titles(filterActions(rows, { owner: "banana" }, TODAY))).toEqual(["Due in a week"]);
    expect(filterActions(rows, { owner: "an" }, TODAY)).toEqual([]);
  });

  it("--overdue keeps open actions past their due date", () => {
    expect(titles(filterActions(rows, { overdue: true }, TODAY))).toEqual(["Late by ten days", "Late by one day"]);
  });

  it("--due-within keeps open actions due by then, overdue ones included", () => {
    expect(titles(filterActions(rows, { dueWithinDays: 7 }, TODAY))).toEqual(["Late by ten days", "Late by one day", "Due in a week"]);
    expect(titles(filterActions(rows, { dueWithinDays: 6 }, TODAY))).toEqual(["Late by ten days", "Late by one day"]);
    expect(titles(filterActions(rows, { dueWithinDays: 21 }, TODAY))).toHaveLength(4);
  });

  it("--status open includes in-progress; done and dropped are exact", () => {
    expect(titles(filterActions(rows, { status: "open" }, TODAY))).toEqual(["Late by ten days", "Late by one day", "Due in a week", "Due in three weeks", "Undated"]);
    expect(titles(filterActions(rows, { status: "in-progress" }, TODAY))).toEqual(["Late by one day"]);
    expect(titles(filterActions(rows, { status: "done" }, TODAY))).toEqual(["Finished"]);
    expect(titles(filterActions(rows, { status: "dropped" }, TODAY))).toEqual(["Abandoned"]);
  });

  it("--doc matches the path or the title, and filters combine", () => {
    expect(filterActions(rows, { doc: "2026-05-20" }, TODAY)).toHaveLength(7);
    expect(filterActions(rows, { doc: "BOARD OUTAGE" }, TODAY)).toHaveLength(7);
    expect(filterActions(rows, { doc: "payments" }, TODAY)).toHaveLength(0);
    expect(titles(filterActions(rows, { owner: "ana", overdue: true, doc: "board" }, TODAY))).toEqual(["Late by ten days", "Late by one day"]);
  });
});

describe("sortByUrgency", () => {
  it("puts the most overdue first, then the soonest due, then undated, then closed actions", () => {
    const rows = [...tracked(board, TODAY, "b.md"), ...tracked(lines("## Actions", "", "- [ ] Later elsewhere — owner: @cy, due 2026-05-25"), TODAY, "a.md")];
    expect(titles(sortByUrgency(rows))).toEqual([
      "Late by ten days",
      "Later elsewhere",
      "Late by one day",
      "Due in a week",
      "Due in three weeks",
      "Undated",
      "Finished",
      "Abandoned",
    ]);
  });
});

describe("summariseByOwner", () => {
  it("counts open and overdue actions per owner, unnamed owners together, most overdue first, then by name", () => {
    const rows = tracked(board, TODAY);
    expect(summariseByOwner(rows)).toEqual([
      { owner: "@ana", open: 1, overdue: 1 },
      { owner: "Ana Ruiz", open: 1, overdue: 1 },
      { owner: NO_OWNER, open: 1, overdue: 0 },
      { owner: "@banana", open: 1, overdue: 0 },
      { owner: "@bo", open: 1, overdue: 0 },
    ]);
  });
});

describe("parseDays", () => {
  it.each([
    ["14d", 14],
    ["14", 14],
    ["2w", 14],
    ["3 days", 3],
    ["1 week", 7],
    ["0d", 0],
  ])("reads %s as %i days", (text, days) => {
    expect(parseDays(text)).toBe(days);
  });

  it.each(["", "soon", "-3d", "2m", "1.5w"])("refuses %j", (text) => {
    expect(parseDays(text)).toBeNull();
  });
});
