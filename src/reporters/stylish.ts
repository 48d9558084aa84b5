import type { ChalkInstance } from "chalk";
import type { LintResult } from "../lint/types.js";

/** ESLint's stylish layout: findings grouped by file, then one summary line. */
export function formatStylish(results: LintResult[], color: ChalkInstance): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    out.push(color.underline(result.filePath));
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    for (const message of result.messages) {
      const where = color.dim(`${message.line}:${message.column}`.padEnd(width));
      const severity = message.severity === 2 ? color.red("error") : color.yellow("warn ");
      out.push(`  ${where}  ${severity}  ${message.message}  ${color.dim(message.ruleId)}`);
    }
    out.push("");
  }
  const files = `${results.length} file${results.length === 1 ? "" : "s"} checked`;
  const total = errors + warnings;
  if (total === 0) return `${files}: no problems.\n`;
  const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}) in ${files}`;
  out.push(errors > 0 ? color.red.bold(summary) : color.yellow.bold(summary));
  return `${out.join("\n")}\n`;
}
