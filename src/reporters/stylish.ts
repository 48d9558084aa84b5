import type { ChalkInstance } from "chalk";
import type { LintResult } from "../lint/types.js";
import { type Omitted, cleanSummary, filesChecked, problemCount } from "./summary.js";

/** ESLint's stylish layout: findings grouped by file, then one summary line. */
export function formatStylish(results: LintResult[], color: ChalkInstance, omitted?: Omitted): string {
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push(color.underline(result.filePath));
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    for (const message of result.messages) {
      const where = color.dim(`${message.line}:${message.column}`.padEnd(width));
      // ESLint's words and widths, which people and log scrapers know.
      const severity = message.severity === 2 ? color.red("error  ") : color.yellow("warning");
      out.push(`  ${where}  ${severity}  ${message.message}  ${color.dim(message.ruleId)}`);
    }
    out.push("");
  }
  if (out.length === 0) return `${cleanSummary(results, omitted)}\n`;
  const summary = `✖ ${problemCount(results)} in ${filesChecked(results)}`;
  out.push(results.some((result) => result.errorCount > 0) ? color.red.bold(summary) : color.yellow.bold(summary));
  return `${out.join("\n")}\n`;
}
