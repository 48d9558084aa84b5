import type { LintMessage, LintResult } from "../lint/types.js";
import { relativePath } from "./relative-path.js";

/** Text as XML 1.0 allows it: markup escaped, and characters XML cannot carry (NUL, most control codes) dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function severityName(message: LintMessage): string {
  return message.severity === 2 ? "error" : "warning";
}

/**
 * JUnit XML as CI servers read it (GitLab's and Jenkins' test reports): a test suite per file and a
 * test case per file and rule that reported, failing with every finding of that rule; a clean file
 * is one passing case, so the report counts it.
 */
export function formatJunit(results: LintResult[], cwd: string): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = relativePath(result.filePath, cwd);
    const byRule = new Map<string, LintMessage[]>();
    for (const message of result.messages) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
    const cases =
      byRule.size === 0
        ? [`    <testcase classname="${xml(file)}" name="pm lint" time="0"/>`]
        : [...byRule].map(([ruleId, messages]) => {
            const worst = messages.some((message) => message.severity === 2) ? "error" : "warning";
            const lines = messages.map((message) => `${message.line}:${message.column} ${severityName(message)} ${message.message} (${message.url})`);
            const summary = `${messages.length} ${worst === "error" ? "problem" : "warning"}${messages.length === 1 ? "" : "s"} from ${ruleId}`;
            return [
              `    <testcase classname="${xml(file)}" name="${xml(ruleId)}" time="0">`,
              `      <failure type="${worst}" message="${xml(summary)}">${xml(lines.join("\n"))}</failure>`,
              "    </testcase>",
            ].join("\n");
          });
    tests += cases.length;
    failures += byRule.size;
    suites.push(
      [`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${byRule.size}" errors="0" skipped="0" time="0">`, ...cases, "  </testsuite>"].join("\n"),
    );
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="pm lint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, "</testsuites>", ""].join("\n");
}
