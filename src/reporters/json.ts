import path from "node:path";
import type { LintResult } from "../lint/types.js";

/** ESLint's JSON formatter shape, so tools that read ESLint output read ours. */
export function formatJson(results: LintResult[], cwd: string): string {
  return `${JSON.stringify(
    results.map((result) => ({
      filePath: path.resolve(cwd, result.filePath),
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        url: message.url,
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    })),
  )}\n`;
}
