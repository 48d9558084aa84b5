import { describe, expect, it } from "vitest";
import { findDate, isCalendarDate, leadingTimestamp, numericDateOrder } from "../../src/model/dates.js";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";

const read = (text: string, order: Parameters<typeof findDate>[1] = null) => {
  const found = findDate(text, order);
  return found && { iso: found.iso, valid: found.valid, ambiguous: found.ambiguous, match: found.match };
};

describe("numeric dates with slashes", () => {
  it.each([
    ["10/14/2022", "2022-10-14"],
    ["shipped on 3/20/26 after review", "2026-03-20"],
    ["14/10/2022", "2022-10-14"],
    ["7/7/2023", "2023-07-07"],
  ])("reads %s on its own numbers as %s", (text, iso) => {
    expect(read(text)).toMatchObject({ iso, valid: true, ambiguous: false });
  });

  it("reads a date whose numbers could be either day or month in the order given", () => {
    expect(read("02/03/2026", "month-first")).toMatchObject({ iso: "2026-02-03", valid: true });
    expect(read("02/03/2026", "day-first")).toMatchObject({ iso: "2026-03-02", valid: true });
  });

  it("finds such a date without an order but marks it ambiguous, never valid", () => {
    expect(read("due 02/03/2026")).toMatchObject({ valid: false, ambiguous: true, match: "02/03/2026" });
    expect(isCalendarDate("02/03/2026")).toBe(false);
  });

  it("lets a date's own numbers win over the order given", () => {
    expect(read("10/14/2022", "day-first")).toMatchObject({ iso: "2022-10-14", valid: true });
  });

  it("finds impossible and mistyped dates as not valid", () => {
    expect(read("02/30/2026", "month-first")).toMatchObject({ valid: false, ambiguous: false });
    expect(read("11/03/202", "month-first")).toMatchObject({ valid: false, match: "11/03/202" });
  });

  it("ignores slashes in paths, versions and ISO dates", () => {
    expect(read("see /var/10/14/2022")).toBeNull();
    expect(read("ratio 1/2/3")).toBeNull();
    expect(read("2022/10/14")).toMatchObject({ iso: "2022-10-14", match: "2022/10/14" });
  });

  it("starts a timeline entry", () => {
    expect(leadingTimestamp("10/14/2022 - a researcher reports the bug")).toMatchObject({ match: "10/14/2022", time: null });
    expect(leadingTimestamp("04/03/2026 14:05 deploy", "day-first")?.date?.iso).toBe("2026-03-04");
  });
});

describe("numericDateOrder", () => {
  it.each([
    ["Started 10/14/2022, fixed 10/16/2022, reviewed 11/02/2022", "month-first"],
    ["Started 14/10/2022, reviewed 02/11/2022", "day-first"],
    ["Only 02/03/2026 and 04/05/2026", null],
    ["Both 10/14/2022 and 14/10/2022", null],
    ["No numeric dates, only 2026-03-02", null],
    // Not dates, so no evidence: an ops phrase and a day that no month has.
    ["Our 24/7/365 on-call rota; due 04/03/2026", null],
    ["On 31/2/2026, then 10/14/2026", "month-first"],
  ])("%s -> %s", (text, order) => {
    expect(numericDateOrder(text)).toBe(order);
  });
});

describe("numeric dates in a document", () => {
  it("reads a timeline of US dates, and the document's order for an ambiguous one", () => {
    const doc = extract("us.md", md("# Disk full", "", "## Timeline", "", "10/14/2022 - the alert fires", "", "11/03/2022 - the fix ships"));
    expect(doc.dateOrder).toBe("month-first");
    expect(doc.timeline.map((entry) => [entry.line, entry.time?.text, entry.date])).toEqual([
      [5, "10/14/2022", "2022-10-14"],
      [7, "11/03/2022", "2022-11-03"],
    ]);
  });

  it("uses no date for an ambiguous entry when nothing tells the order", () => {
    const doc = extract("amb.md", md("# Disk full", "", "## Timeline", "", "- 02/03/2026 14:05 the alert fires"));
    expect(doc.dateOrder).toBeNull();
    expect(doc.timeline[0]).toMatchObject({ time: { text: "02/03/2026 14:05" }, minutes: 14 * 60 + 5, date: null });
  });
});
