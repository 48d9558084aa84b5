import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";
import { fixture } from "./helpers.js";

describe("bold-title field blocks and triggers", () => {
  const doc = fixture("field-blocks.md");

  it("reads **[1] Title** blocks with Owner / Due Date / Success Metric / Status bullets", () => {
    expect(doc.actions.map((action) => [action.line, action.shape, action.title, action.status])).toEqual([
      [10, "field-block", "Cache the identity provider's keys", "open"],
      [16, "field-block", "Page on login error rate", "done"],
    ]);
    const first = doc.actions[0]!;
    expect(first.owner).toMatchObject({ text: "Priya (Identity)", line: 11 });
    expect(first.due).toMatchObject({ text: "2026-07-17", line: 12 });
    expect(first.success).toMatchObject({ text: "logins succeed with the provider down for 10 minutes", line: 13 });
  });

  it("reads TOML front matter for its flat keys and the incident date", () => {
    expect(doc.frontMatter).toMatchObject({ format: "toml", line: 1, endLine: 4, error: null, data: { title: "Login outage", date: "2026-07-03" } });
    expect(doc.incidentDate?.text).toBe("2026-07-03");
  });

  it('reads kill criteria from a table and from an "If ..., then ..." bullet', () => {
    expect(doc.sections.find((section) => section.line === 22)?.kind).toBe("triggers");
    const [row, bullet] = doc.triggers;
    expect(row).toMatchObject({ line: 26, shape: "table" });
    expect([row!.signal?.text, row!.window?.text, row!.threshold?.text, row!.action?.text, row!.owner?.text]).toEqual([
      "Login error rate",
      "14 days after the cache ships",
      "above 1% for 5 minutes",
      "Roll back the cache",
      "@priya",
    ]);
    expect(bullet).toMatchObject({ line: 28, shape: "list" });
    expect(bullet!.signal?.text).toBe("provider latency exceeds 2 s for 10 minutes");
    expect(bullet!.action?.text).toMatch(/^fail over to the backup provider/);
    expect(bullet!.owner?.text).toBe("@sre-oncall");
  });

  it("reads **Signal:** / **Action:** / **Owner:** bullets as one trigger", () => {
    const block = extract("k.md", md("## Kill criteria", "", "- **Signal:** signups per week", "- **Threshold:** below 50", "- **Action:** pause paid ads", "- **Owner:** @cam"));
    expect(block.triggers).toHaveLength(1);
    expect(block.triggers[0]).toMatchObject({ line: 3, shape: "field-block" });
    expect([block.triggers[0]!.signal, block.triggers[0]!.threshold, block.triggers[0]!.action, block.triggers[0]!.owner].map((field) => [field?.text, field?.line])).toEqual([
      ["signups per week", 3],
      ["below 50", 4],
      ["pause paid ads", 5],
      ["@cam", 6],
    ]);
  });

  it("reads a field block without a bold title", () => {
    const plain = extract("p.md", md("## Action items", "", "- **Action:** Add alert", "- **Owner:** @ana", "- **Deadline:** 2026-03-01"));
    expect(plain.actions.map((action) => [action.line, action.title, action.owner?.text, action.due?.text])).toEqual([[3, "Add alert", "@ana", "2026-03-01"]]);
  });
});
