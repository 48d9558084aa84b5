import type { LintResult } from "../lint/types.js";
import { type Omitted, cleanSummary, filesChecked, problemCount } from "./summary.js";

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions annotations: each finding shows on the changed line of the pull request. */
export function formatGithub(results: LintResult[], omitted?: Omitted): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const properties = [`file=${escapeProperty(result.filePath)}`, `line=${message.line}`, `col=${message.column}`, `endLine=${message.endLine}`, `endColumn=${message.endColumn}`, `title=${escapeProperty(`pm ${message.ruleId}`)}`];
      lines.push(`::${message.severity === 2 ? "error" : "warning"} ${properties.join(",")}::${escapeData(`${message.message} (${message.url})`)}`);
    }
  }
  lines.push(lines.length === 0 ? cleanSummary(results, omitted) : `${problemCount(results)} in ${filesChecked(results)}`);
  return `${lines.join("\n")}\n`;
}
