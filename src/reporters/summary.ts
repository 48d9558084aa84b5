import type { LintResult } from "../lint/types.js";

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function filesChecked(results: LintResult[]): string {
  return `${plural(results.length, "file")} checked`;
}

/** "3 problems (1 error, 2 warnings)". */
export function problemCount(results: LintResult[]): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  return `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
}
