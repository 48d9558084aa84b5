import { describe, expect, it } from "vitest";
import { spanFinder } from "../../src/lint/span.js";

describe("message ranges", () => {
  const spanOf = spanFinder("# Title\n\n| Add alert | TBD |   \nsecond line\n");

  it("covers the finding's words where they stand on its line, from its column on", () => {
    expect(spanOf({ line: 3, column: 1, text: "TBD" })).toEqual({ line: 3, column: 15, endLine: 3, endColumn: 18 });
  });

  it("runs to the end of the line's text when the finding names no words, or words not on its line", () => {
    expect(spanOf({ line: 3, column: 3 })).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 20 });
    expect(spanOf({ line: 4, column: 1, text: "TBD" })).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 12 });
  });

  it("is empty, not inverted, on a blank line or past the end of the text", () => {
    expect(spanOf({ line: 2, column: 1 })).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
    expect(spanOf({ line: 40, column: 5 })).toEqual({ line: 40, column: 5, endLine: 40, endColumn: 5 });
  });
});
