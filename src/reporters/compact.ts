import path from "node:path";
import type { LintResult } from "../lint/types.js";
import { type Omitted, cleanSummary, filesChecked, problemCount } from "./summary.js";

/** ESLint's compact format: one line per finding, easy to grep and to read in editors' problem matchers. */
export function formatCompact(results: LintResult[], cwd: string, omitted?: Omitted): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.resolve(cwd, result.filePath);
    for (const message of result.messages) {
      lines.push(`${file}: line ${message.line}, col ${message.column}, ${message.severity === 2 ? "Error" : "Warning"} - ${message.message} (${message.ruleId})`);
    }
  }
  lines.push(lines.length === 0 ? cleanSummary(results, omitted) : `\n${problemCount(results)} in ${filesChecked(results)}`);
  return `${lines.join("\n")}\n`;
}
