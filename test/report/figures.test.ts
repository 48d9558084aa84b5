import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { reportedDocument, severityOf } from "../../src/report/document.js";
import { buildReport, median, quarterOf } from "../../src/report/figures.js";
import { COLLECTION, TODAY } from "./collection.js";

function report(owner: string | null = null) {
  const documents = Object.entries(COLLECTION).map(([file, text]) => reportedDocument(extract(file, text), TODAY));
  return buildReport(documents, TODAY, owner);
}

describe("pm report's figures", () => {
  it("counts incidents per month by severity, with empty months, and lists the undated document", () => {
    const data = report();
    expect(data.documents.total).toBe(4);
    expect(data.documents.undated.map((doc) => doc.file)).toEqual(["undated.md"]);
    expect(data.incidentsPerMonth.documents).toBe(3);
    expect(data.incidentsPerMonth.severities).toEqual(["SEV1", "SEV2"]);
    expect(data.incidentsPerMonth.months.map((month) => [month.month, month.counts.SEV1, month.counts.SEV2, month.total])).toEqual([
      ["2026-01", 1, 1, 2],
      ["2026-02", 0, 0, 0],
      ["2026-03", 0, 0, 0],
      ["2026-04", 0, 1, 1],
    ]);
  });

  it("gives times per quarter as each incident and the median, and says which documents have none", () => {
    const data = report();
    expect(data.durations.resolve.quarters).toEqual([{ quarter: "2026-Q1", points: [{ file: "2026-01-05-checkout.md", minutes: 90 }, { file: "2026-01-20-login.md", minutes: 30 }], median: 60 }]);
    expect(data.durations.detect.quarters[0]!.median).toBe(7.5);
    expect(data.durations.resolve.documents).toBe(2);
    expect(data.durations.resolve.missing).toBe(1);
    expect(data.documents.noDurations.map((doc) => doc.file)).toEqual(["2026-04-10-search.md", "undated.md"]);
  });

  it("counts action follow-through as a person would", () => {
    const { actions } = report();
    expect([actions.total, actions.open, actions.overdue, actions.done, actions.dropped]).toEqual([6, 4, 2, 1, 1]);
    expect(actions.documents).toBe(4);
    expect(actions.closedByDue).toEqual({ due: 3, done: 1, share: 1 / 3 });
    expect(actions.ageOfOpen.buckets.map((bucket) => bucket.count)).toEqual([1, 2, 0, 0, 0]);
    expect(actions.ageOfOpen.undated).toBe(1);
    expect(actions.byOwner).toEqual([
      { owner: "@bob", open: 2, overdue: 1 },
      { owner: "@carol", open: 1, overdue: 1 },
      { owner: "(no owner)", open: 1, overdue: 0 },
    ]);
    expect(actions.noOwner.map((row) => row.action)).toEqual(["Track certificate expiry"]);
    expect(actions.noDueDate.map((row) => row.action)).toEqual(["Track certificate expiry"]);
  });

  it("narrows the action figures to one owner with --owner, as pm actions does", () => {
    const data = report("bob");
    expect([data.actions.total, data.actions.open, data.actions.overdue]).toEqual([2, 2, 1]);
    expect(data.table.map((row) => row.openActions)).toEqual([1, 0, 1, 0]);
    expect(data.documents.total).toBe(4);
  });

  it("grades every document with pm score's rubric and names the weakest dimension", () => {
    const { grades } = report();
    expect(grades.documents).toBe(4);
    expect(grades.perQuarter.map((quarter) => [quarter.quarter, quarter.documents])).toEqual([
      ["2026-Q1", 2],
      ["2026-Q2", 1],
    ]);
    const lowest = Math.min(...grades.dimensions.map((dimension) => dimension.mean));
    expect(grades.weakest?.mean).toBe(lowest);
    for (const dimension of grades.dimensions) expect(dimension.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("counts factor clusters only where documents name them", () => {
    const { factors } = report();
    expect(factors.documents).toBe(2);
    expect(factors.clusters).toEqual([
      { cluster: "people", documents: 1, factors: 1 },
      { cluster: "process", documents: 2, factors: 2 },
      { cluster: "tech", documents: 1, factors: 1 },
    ]);
  });

  it("lists every postmortem in date order, undated last", () => {
    const { table } = report();
    expect(table.map((row) => [row.file, row.date, row.severity, row.owner, row.resolveMinutes, row.openActions, row.overdueActions])).toEqual([
      ["2026-01-05-checkout.md", "2026-01-05", "SEV2", "@alice", 90, 1, 1],
      ["2026-01-20-login.md", "2026-01-20", "SEV1", null, 30, 1, 0],
      ["2026-04-10-search.md", "2026-04-10", "SEV2", null, null, 1, 0],
      ["undated.md", null, "not stated", null, null, 1, 1],
    ]);
  });
});

describe("helpers", () => {
  it("takes the median, not the mean", () => {
    expect(median([5, 1, 1000])).toBe(5);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it("names quarters", () => {
    expect(["2026-01-01", "2026-03-31", "2026-04-01", "2026-12-31"].map(quarterOf)).toEqual(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q4"]);
  });

  it.each([
    ["severity: SEV3", "SEV3"],
    ["severity: sev-2 (major)", "SEV2"],
    ["severity: P1", "SEV1"],
    ["severity: high", null],
    ["title: no severity", null],
  ])("reads the severity in %j", (frontMatter, expected) => {
    expect(severityOf(extract("x.md", `---\n${frontMatter}\n---\n\n# Title\n`))).toBe(expected);
  });

  it("reads a severity header field", () => {
    expect(severityOf(extract("x.md", "# Title\n\n**Severity:** SEV4 - minor\n"))).toBe("SEV4");
  });
});
