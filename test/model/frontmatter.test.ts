import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";
import { fixture } from "./helpers.js";

describe("front matter", () => {
  it("reads YAML, including dates the YAML parser turns into Date objects", () => {
    const doc = extract("f.md", md("---", "title: Outage", "incident_date: 2026-04-09", "tags: [db, sev2]", "---", "", "# Outage"));
    expect(doc.frontMatter).toMatchObject({ format: "yaml", line: 1, endLine: 5, error: null });
    expect(doc.frontMatter.data.tags).toEqual(["db", "sev2"]);
    expect(doc.incidentDate).toMatchObject({ text: "2026-04-09", line: 1 });
  });

  it("reports broken YAML with the line and column the parser stopped at, and keeps going", () => {
    const doc = extract("f.md", md("---", "title: Outage", "owner: ana", "  team: db: x", "---", "", "# Outage", "", "## Timeline", "", "- 10:00 deploy"));
    expect(doc.frontMatter.data).toEqual({});
    // The parser rejects the value "ana" that the indented line would continue.
    expect(doc.frontMatter.error).toMatchObject({ line: 3, column: 8 });
    expect(doc.timeline).toHaveLength(1);
  });

  it("reports an unclosed flow sequence below the line it opens on", () => {
    const doc = extract("f.md", md("---", "title: Outage", "tags: [db", "owner: ana", "---"));
    expect(doc.frontMatter.error?.message).toMatch(/flow sequence/i);
    expect(doc.frontMatter.error?.line).toBe(4);
  });

  it("reads flat TOML keys", () => {
    const doc = extract("f.md", md("+++", 'title = "Outage"', "severity = 2", "+++", "", "# Outage"));
    expect(doc.frontMatter).toMatchObject({ format: "toml", data: { title: "Outage", severity: "2" }, error: null });
    expect(doc.title).toMatchObject({ text: "Outage", line: 6 });
  });

  it("has none when the document does not start with a fence", () => {
    const doc = extract("f.md", md("# Outage", "", "---", "", "title: not front matter"));
    expect(doc.frontMatter).toMatchObject({ format: null, line: null, error: null, data: {} });
  });

  it("takes the title from front matter when there is no level-1 heading", () => {
    const doc = extract("f.md", md("---", "title: From the front matter", "---", "", "## Summary"));
    expect(doc.title).toMatchObject({ text: "From the front matter", line: 1 });
  });
});

describe("the incident date from metadata lines", () => {
  it('takes a plain "Date: January 12, 2026" line under the title, and not a "Date:" line further down', () => {
    const doc = fixture("date-line.md");
    expect(doc.incidentDate).toEqual({ text: "2026-01-12", line: 3, column: 1 });
    expect(doc.metadata.date).toEqual({ text: "January 12, 2026", line: 3, column: 1 });
    expect(doc.metadata).not.toHaveProperty("authors");
  });

  it.each([
    ["a bold label", ["**Date:** January 12, 2026"]],
    ["an incident date label", ["Incident date: January 12, 2026"]],
    ["a bullet", ["- Incident date: 2026-01-12", "- Severity: SEV-2"]],
    ["a line before the title", ["Date: 12 January 2026", "", "# Queue consumers stalled"]],
  ])("reads %s", (_, lines) => {
    const doc = extract("d.md", md("# Queue consumers stalled", "", ...lines, "", "## Summary", "", "Consumers stalled."));
    expect(doc.incidentDate?.text).toBe("2026-01-12");
  });

  it("reads a US date, but does not guess one that could be two days", () => {
    expect(extract("d.md", md("# Stall", "", "Date: 1/13/2026")).incidentDate?.text).toBe("2026-01-13");
    expect(extract("d.md", md("# Stall", "", "Date: 1/12/2026")).incidentDate).toBeNull();
    expect(extract("d.md", md("# Stall", "", "Date: 1/12/2026", "Review: 1/20/2026")).incidentDate?.text).toBe("2026-01-12");
  });

  it("prefers the front matter, and ignores a plain label whose value holds no date", () => {
    expect(extract("d.md", md("---", "incident_date: 2026-01-10", "---", "", "# Stall", "", "Date: January 12, 2026")).incidentDate?.text).toBe("2026-01-10");
    expect(extract("d.md", md("# Stall", "", "Date: the week after the launch")).incidentDate).toBeNull();
  });

  it('takes a plain "Date:" line in an "Incident details" section as a header field but not in the summary', () => {
    expect(extract("d.md", md("# Stall", "", "## Incident details", "", "Date: 2026-01-12")).incidentDate?.text).toBe("2026-01-12");
    // In the summary it is prose, not a header field (the opening prose's first date still dates the incident).
    const summary = extract("d.md", md("# Stall", "", "## Summary", "", "Date: 2026-01-12"));
    expect(summary.metadata.date).toBeUndefined();
  });
});
