import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { md } from "../helpers/rule-tester.js";

describe("whole-document problems", () => {
  it("reads a document flattened onto one line as one problem and no structure", () => {
    const text = readFileSync(new URL("../../fixtures/examples/search-outage.md", import.meta.url), "utf8").replace(/\n/g, " ");
    const doc = extract("flat.md", text);
    expect(doc.problems).toEqual([{ kind: "no-line-breaks", line: 1, column: 1, length: text.length }]);
    expect([doc.sections, doc.timeline, doc.actions, doc.triggers]).toEqual([[], [], [], []]);
  });

  it("finds mojibake with its first place and a count, and still reads the structure", () => {
    const doc = extract("m.md", md("# Outage", "", "## Timeline", "", "- 10:00 deploy â†’ errors (fact)", "- 10:05 rollback â€“ done (fact)"));
    expect(doc.problems).toEqual([{ kind: "mojibake", line: 5, column: 16, sample: "â†’", count: 2 }]);
    expect(doc.timeline).toHaveLength(2);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "\n\n", "|", "| a |\n|---|\n", "- [ ]", "#", "---\n", "+++\n", "\u0000\u0001", "## Timeline\n\n| |\n|-|\n| |\n", "## Action items\n\n- \n- [x]\n"]) {
      expect(() => extract("odd.md", text)).not.toThrow();
    }
  });

  it("records code blocks and HTML comments as ranges that are not prose", () => {
    const doc = extract("c.md", md("# Outage", "", "```", "owner: TBD", "```", "", "<!-- [Name] -->"));
    expect(doc.codeRanges).toEqual([
      { line: 3, endLine: 5 },
      { line: 7, endLine: 7 },
    ]);
  });
});
