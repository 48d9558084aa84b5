import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { documentFunctions, positionsOutside } from "../helpers/document-functions.js";
import { markdownDocument } from "../helpers/markdown-arbitrary.js";

// Enough runs to find the usual crashes in a few seconds on a shared 2-core machine; raise
// FC_RUNS locally to search harder (a failure prints the seed and the shrunk counterexample).
const numRuns = Number(process.env.FC_RUNS ?? 40);

describe.each(documentFunctions)("%s", (_name, run) => {
  const holds = (text: string) => {
    const result = run(text);
    expect(result).toBeDefined();
    expect(positionsOutside(result, text)).toEqual([]);
  };

  it("returns a result for any string, with every position inside the document", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), holds), { numRuns });
  });

  it("returns a result for random postmortem-shaped Markdown, with every position inside the document", () => {
    fc.assert(fc.property(markdownDocument, holds), { numRuns });
  });
});

describe("the robustness harness", () => {
  it("reports positions outside the document", () => {
    const text = "# Title\r\nsecond line\n";
    expect(positionsOutside({ line: 2, column: 12 }, text)).toEqual([]);
    expect(positionsOutside([{ nested: { line: 4, column: 1 } }], text)).toEqual(["result[0].nested at 4:1: line outside 1..3"]);
    expect(positionsOutside({ line: 1, column: 9 }, text)).toEqual(["result at 1:9: column outside 1..8"]);
    expect(positionsOutside({ line: 2, endLine: 1 }, text)).toEqual(["result at 2:-: endLine 1 outside 2..3"]);
  });

  it("generates documents that reach every part of the model", () => {
    const docs = fc.sample(markdownDocument, { numRuns: 150, seed: 7 }).map((text) => extract("sample.md", text));
    for (const part of ["sections", "timeline", "actions", "triggers", "selfAssessment"] as const) {
      expect(docs.filter((doc) => doc[part].length > 0).length, part).toBeGreaterThan(2);
    }
    expect(docs.filter((doc) => doc.frontMatter.error !== null).length).toBeGreaterThan(2);
  });
});
