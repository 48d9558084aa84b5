import type { Finding } from "./types.js";

/** Where a message's range ends: 1-based, the column just after its last character (ESLint's endColumn). */
export interface End {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Finds the range of each finding in one document's text. A finding that names its words (`text`)
 * gets the range of those words on its line, from its column on; any other finding runs from its
 * column to the end of its line's text, which covers a table row, a list item or a heading.
 */
export function spanFinder(source: string): (finding: Pick<Finding, "line" | "column" | "text">) => End {
  let lines: string[] | null = null;
  return (finding) => {
    lines ??= source.split(/\r\n?|\n/);
    const line = finding.line;
    const column = finding.column ?? 1;
    const text = lines[line - 1] ?? "";
    const words = finding.text?.trim();
    if (words) {
      const at = text.indexOf(words, column - 1);
      if (at >= 0) return { line, column: at + 1, endLine: line, endColumn: at + words.length + 1 };
    }
    return { line, column, endLine: line, endColumn: Math.max(column, text.trimEnd().length + 1) };
  };
}
