import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import {
  commonFolder,
  csvField,
  displayWidth,
  fitColumns,
  fitWidth,
  formatActionsCsv,
  formatActionsJson,
  formatActionsMarkdown,
  formatActionsTable,
  type ActionReport,
} from "../../src/reporters/actions.js";
import type { TrackedAction } from "../../src/tracker/tracker.js";

function row(overrides: Partial<TrackedAction>): TrackedAction {
  return {
    document: "postmortems/2026-05-20-board.md",
    documentTitle: "Board outage",
    line: 12,
    column: 1,
    action: "Add an alert",
    owner: "@ana",
    hasOwner: true,
    due: "2026-05-22",
    dueText: "2026-05-22",
    status: "open",
    statusText: "Open",
    success: "Pages within 2 minutes",
    daysOverdue: 10,
    ...overrides,
  };
}

const tricky = row({ action: 'Fix "retry", then\nlog it', owner: "Ravi, Lena", success: "a | b", line: 7 });
const report: ActionReport = {
  actions: [tricky, row({ action: "Ship the fix", status: "done", daysOverdue: null, owner: "TBD", hasOwner: false }), row({ action: "Undated", due: null, dueText: "Q3", daysOverdue: null, owner: null, hasOwner: false })],
  total: 4,
  documents: 2,
};
const plain = new Chalk({ level: 0 });

describe("csv", () => {
  it("quotes commas, quotes, line breaks and carriage returns as RFC 4180 says", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("")).toBe("");
  });

  it("writes a header and one CRLF-terminated record per action", () => {
    const csv = formatActionsCsv(report);
    expect(csv.startsWith("document,line,action,owner,due,status,success_signal,days_overdue\r\n")).toBe(true);
    expect(csv).toContain('postmortems/2026-05-20-board.md,7,"Fix ""retry"", then\nlog it","Ravi, Lena",2026-05-22,open,a | b,10\r\n');
    expect(csv).toContain(",Q3,open,");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
  });
});

describe("json", () => {
  it("is one object per action with the document path and line", () => {
    const parsed = JSON.parse(formatActionsJson(report));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual({
      document: "postmortems/2026-05-20-board.md",
      documentTitle: "Board outage",
      line: 7,
      column: 1,
      action: 'Fix "retry", then\nlog it',
      owner: "Ravi, Lena",
      hasOwner: true,
      due: "2026-05-22",
      dueText: "2026-05-22",
      status: "open",
      statusText: "Open",
      success: "a | b",
      daysOverdue: 10,
    });
  });
});

describe("markdown", () => {
  it("escapes pipes, keeps each action on one row, and adds the per-owner summary", () => {
    const markdown = formatActionsMarkdown(report);
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| Document | Action | Owner | Due | Status | Success signal | Overdue |");
    expect(lines[1]).toBe("|---|---|---|---|---|---|---:|");
    expect(lines[2]).toBe('| postmortems/2026-05-20-board.md:7 | Fix "retry", then log it | Ravi, Lena | 2026-05-22 | open | a \\| b | 10 days |');
    expect(lines[4]).toBe("| postmortems/2026-05-20-board.md:12 | Undated | - | Q3 | open | Pages within 2 minutes |  |");
    expect(markdown).toContain("| Owner | Open | Overdue |\n|---|---:|---:|\n| Ravi, Lena | 1 | 1 |\n| (no owner) | 1 | 0 |");
    expect(markdown.trimEnd().endsWith("3 of 4 actions in 2 documents: 2 open (1 overdue), 1 done, 0 dropped.")).toBe(true);
  });
});

describe("table", () => {
  it.each([60, 80, 100, 160])("fits %i columns", (width) => {
    const wide = { ...report, actions: report.actions.map((action) => ({ ...action, action: `${action.action} ${"with a very long explanation ".repeat(4)}` })) };
    for (const line of formatActionsTable(wide, width, plain).split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("keeps natural widths when there is room, and lists open and overdue counts per owner under the table", () => {
    const table = formatActionsTable(report, 200, plain);
    expect(table).toContain("Fix \"retry\", then log it");
    expect(table).toMatch(/Ravi, Lena\s+1\s+1\n/);
    expect(table).toMatch(/\(no owner\)\s+1\s+0\n/);
    expect(table).toContain("10 days");
    expect(table).toMatch(/^2026-05-20-board\.md:7 /m);
    expect(table.trimEnd().split("\n").at(-1)).toBe("3 of 4 actions in 2 documents under postmortems/: 2 open (1 overdue), 1 done, 0 dropped.");
  });

  it("says so when nothing matches", () => {
    expect(formatActionsTable({ actions: [], total: 5, documents: 2 }, 100, plain)).toBe("No actions to show. 0 of 5 actions in 2 documents: 0 open (0 overdue), 0 done, 0 dropped.\n");
  });
});

describe("commonFolder", () => {
  it("finds the folder all paths share, by whole folder names", () => {
    expect(commonFolder(["postmortems/a.md", "postmortems/2026/b.md"])).toBe("postmortems/");
    expect(commonFolder(["pm/a.md", "pmx/b.md"])).toBe("");
    expect(commonFolder(["a.md"])).toBe("");
    expect(commonFolder(["/abs/x/a.md", "/abs/y/b.md"])).toBe("/abs/");
    expect(commonFolder([])).toBe("");
  });
});

describe("widths", () => {
  it("counts emoji and CJK as two cells and cuts text with an ellipsis", () => {
    expect(displayWidth("ab")).toBe(2);
    expect(displayWidth("✅ ok")).toBe(5);
    expect(displayWidth("監視")).toBe(4);
    expect(fitWidth("abcdef", 4)).toBe("abc…");
    expect(fitWidth("監視を追加", 5)).toBe("監視…");
    expect(fitWidth("abc", 3)).toBe("abc");
    expect(fitWidth("postmortems/login.md:21", 12, true)).toBe("…login.md:21");
  });

  it("shrinks only shrinkable columns, sharing the room by weight", () => {
    expect(fitColumns([10, 10], [{ min: 5, weight: 1 }, {}], 30)).toEqual([10, 10]);
    const widths = fitColumns([40, 40, 7], [{ min: 10, weight: 1 }, { min: 10, weight: 3 }, {}], 50);
    expect(widths[2]).toBe(7);
    expect(widths[0]! + widths[1]! + widths[2]!).toBe(50);
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
  });
});
